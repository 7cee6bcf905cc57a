import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckInForm } from '../../../../src/components/carePlan/CheckInForm';
import { checkInSchedule, type ScheduledCheckIn } from '../../../../src/domain/checkIns/checkIns';
import { DEFAULT_SETTINGS } from '../../../../src/domain/settings/settings';
import { checkInAnswers } from '../../../../src/state/carePlan/carePlanState';
import { NOW, acceptedPlan, resetCarePlanState } from './carePlanTestState';

beforeEach(resetCarePlanState);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function scheduled(kind: ScheduledCheckIn['kind']): ScheduledCheckIn {
  const plan = acceptedPlan();
  const found = checkInSchedule({ plan, acceptedAt: NOW, settings: DEFAULT_SETTINGS }).find((c) => c.kind === kind);
  if (!found) throw new Error(`No ${kind} check-in`);
  return found;
}

describe('CheckInForm', () => {
  it('hands the saved answer back, flags included only where asked', async () => {
    const onSaved = vi.fn();
    const checkIn = scheduled('after-24h');
    render(<CheckInForm checkIn={checkIn} title="One day after your session" onSaved={onSaved} />);
    fireEvent.input(screen.getByRole('slider', { name: /^Soreness:/ }), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Numbness or tingling' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(onSaved).toHaveBeenCalledWith({
      checkInId: checkIn.id, kind: 'after-24h', answeredAt: NOW, scores: { soreness: 6 }, flags: { bruising: false, numbness: true, lightHeaded: false },
    });
    expect(checkInAnswers.value).toHaveLength(1);
  });

  it('shows the value chosen beside each label', () => {
    render(<CheckInForm checkIn={scheduled('baseline')} title="Where you are today" onSaved={() => {}} />);
    const sleep = screen.getByRole('slider', { name: /^Sleep:/ });
    expect(sleep.getAttribute('aria-valuetext')).toBe('7 (0 very poor, 10 very good)');
    fireEvent.input(sleep, { target: { value: '3' } });
    expect(screen.getByLabelText(/^Sleep:/).previousElementSibling?.textContent).toBe('Sleep: 3');
  });
});
