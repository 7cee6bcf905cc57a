import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntakeScreen } from '../../../src/components/session/IntakeScreen';
import { recentSessions } from '../../../src/state/hydration/hydrationSignals';
import { currentRoute } from '../../../src/state/route';
import { store } from '../../../src/state/data/storeState';
import { resetAppState } from './testState';

beforeEach(resetAppState);
afterEach(cleanup);

describe('IntakeScreen', () => {
  it('asks the four questions with labelled controls', () => {
    render(<IntakeScreen />);
    expect(screen.getByRole('group', { name: 'What kind of massage was it?' })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: /./ }).length).toBe(12 + 4);
    expect(screen.getByRole('radio', { name: 'Deep tissue' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: 'Glasses of water on a usual day' })).toBeTruthy();
    expect(screen.getByLabelText('When did the session end?')).toBeTruthy();
    expect(screen.getByText(/One glass is 250 ml/)).toBeTruthy();
  });

  it('explains what is missing next to the field and saves nothing', async () => {
    render(<IntakeScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Make my plan' }));
    expect(await screen.findByText(/kind of massage/i, { selector: '.error' })).toBeTruthy();
    expect(await store.value.listSessions()).toEqual([]);
    expect(currentRoute.value).toBe('home');
  });

  it('rejects 60 glasses a day with a message', async () => {
    render(<IntakeScreen />);
    fireEvent.click(screen.getByRole('radio', { name: 'Relaxation / Swedish / spa' }));
    fireEvent.input(screen.getByRole('spinbutton'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make my plan' }));
    const input = screen.getByRole('spinbutton');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('error-usualGlassesPerDay')?.textContent).toMatch(/\d/);
    expect(await store.value.listSessions()).toEqual([]);
  });

  it('steps the usual amount with big buttons', () => {
    render(<IntakeScreen />);
    const value = screen.getByRole('spinbutton') as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'One glass more' }));
    expect(value.value).toBe('5');
    fireEvent.click(screen.getByRole('button', { name: 'One glass fewer' }));
    fireEvent.click(screen.getByRole('button', { name: 'One glass fewer' }));
    expect(value.value).toBe('3');
  });

  it('saves a valid session as a plan and opens Today', async () => {
    render(<IntakeScreen />);
    fireEvent.click(screen.getByRole('radio', { name: 'Deep tissue' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Deep' }));
    fireEvent.click(screen.getByRole('button', { name: 'Make my plan' }));
    await waitFor(() => expect(currentRoute.value).toBe('today'));
    const saved = await store.value.listSessions();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.session).toMatchObject({ kind: 'deep-tissue', pressure: 'deep', usualGlassesPerDay: 4 });
    expect(saved[0]!.plan.range).toEqual({ min: 4, max: 5 });
    expect(recentSessions.value[0]?.id).toBe(saved[0]!.id);
  });
});
