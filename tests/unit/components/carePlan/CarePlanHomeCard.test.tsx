import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CarePlanHomeCard } from '../../../../src/components/carePlan/CarePlanHomeCard';
import { HomeScreen } from '../../../../src/components/home/HomeScreen';
import { loadCatalogue, useCatalogue } from '../../../../src/domain/i18n';
import { DAY, HOUR, NOW, acceptedPlan, fixClock, resetCarePlanState } from './carePlanTestState';

beforeEach(resetCarePlanState);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const appointment = () => screen.queryByText('Next appointment:')?.parentElement?.textContent;

describe('CarePlanHomeCard', () => {
  it('shows nothing without a plan', () => {
    const { container } = render(<CarePlanHomeCard />);
    expect(container.innerHTML).toBe('');
  });

  it('sits on the home screen with the next appointment and its countdown', async () => {
    acceptedPlan();
    render(<HomeScreen />);
    await screen.findByRole('heading', { name: 'Plan from Maria Gonzalez, LMT' });
    expect(appointment()).toMatch(/^Next appointment: in 14 days \(.*\b26\b.*\)$/);
    expect(screen.getByRole('link', { name: 'Today’s exercises' }).getAttribute('href')).toBe('/exercises');
    expect(screen.getByRole('link', { name: 'Check-in' }).getAttribute('href')).toBe('/check-in');
    expect(screen.getByRole('link', { name: 'My progress' }).getAttribute('href')).toBe('/progress');
  });

  it('counts down to "tomorrow" and "today" by the calendar where the plan is', () => {
    acceptedPlan();
    fixClock(NOW + 13 * DAY - 9 * HOUR); // 01:00 the day before
    const first = render(<CarePlanHomeCard />);
    expect(appointment()).toMatch(/^Next appointment: tomorrow at 10:00 /);
    first.unmount();
    fixClock(NOW + 14 * DAY - 2 * HOUR);
    render(<CarePlanHomeCard />);
    expect(appointment()).toMatch(/^Next appointment: today at 10:00 /);
  });

  it('counts down in German, with the plan’s screens one tap away', async () => {
    acceptedPlan();
    useCatalogue('de', await loadCatalogue('de'));
    render(<CarePlanHomeCard />);
    expect(screen.getByRole('heading', { name: 'Plan von Maria Gonzalez, LMT' })).toBeTruthy();
    expect(screen.getByText('Nächster Termin:').parentElement?.textContent).toMatch(/^Nächster Termin: in 14 Tagen \(.*\b26\b.*\)$/);
    expect(screen.getByText('Termin verschoben oder abgesagt?')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Heutige Übungen' }).getAttribute('href')).toBe('/exercises');
    expect(screen.getByRole('link', { name: 'Rückmeldung' }).getAttribute('href')).toBe('/check-in');
  });

  it('drops the appointment once it has passed, and keeps the plan', () => {
    acceptedPlan();
    fixClock(NOW + 14 * DAY + HOUR);
    render(<CarePlanHomeCard />);
    expect(appointment()).toBeUndefined();
    expect(screen.getByRole('heading', { name: 'Plan from Maria Gonzalez, LMT' })).toBeTruthy();
  });
});
