// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { carePlanReminders } from '../../../src/domain/reminders/carePlanReminders';
import { decideNotifications } from '../../../src/domain/reminders/notificationDecision';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { validateCarePlan, type CarePlan } from '../../../src/domain/carePlan/carePlan';

const endedAt = Date.UTC(2026, 9, 28, 14, 0); // 10:00 in New York, four days before the clocks go back
const draft = {
  v: 1, id: 'x', issuedAt: endedAt + 3_600_000, timeZone: 'America/New_York',
  therapist: { name: 'Sam Rivera' },
  session: { kind: 'deep-tissue', pressure: 'firm', usualGlassesPerDay: 4, endedAt },
  exercises: [{ ...EXERCISE_LIBRARY[0]!, timesPerDay: 2, durationDays: 14 }],
  dos: [], donts: [], nextAppointment: Date.UTC(2026, 10, 11, 20, 0),
};
const checked = validateCarePlan(draft, endedAt + 2 * 3_600_000);
if (!checked.ok) throw new Error(checked.errors.join('; '));
const plan: CarePlan = checked.plan;
const base = { plan, acceptedAt: endedAt + 2 * 3_600_000, settings: DEFAULT_SETTINGS, checks: [], answers: [] };
const clock = (at: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit' }).format(at);

describe('the therapist’s plan as reminders', () => {
  it('reminds of exercises at the plan’s times of day, today and tomorrow, with stable ids', () => {
    const exercise = carePlanReminders({ ...base, now: endedAt + 3 * 3_600_000 }).filter((r) => r.kind === 'exercise');
    expect(exercise.map((r) => clock(r.at))).toEqual(['08:00', '21:00', '08:00', '21:00']);
    expect(exercise[0]!.id).toBe(`${plan.id}:exercise:2026-10-28:1`);
    expect(new Set(exercise.map((r) => r.id)).size).toBe(4);
  });

  it('keeps the clock time across the end of daylight saving time', () => {
    const afterChange = Date.UTC(2026, 10, 1, 12, 0); // 1 November, clocks went back at 02:00
    const exercise = carePlanReminders({ ...base, now: afterChange }).filter((r) => r.kind === 'exercise');
    expect(exercise.map((r) => clock(r.at))).toEqual(['08:00', '21:00', '08:00', '21:00']);
  });

  it('skips a day whose sets are all done', () => {
    const checks = [1, 2].map((round) => ({ carePlanId: plan.id, exerciseId: plan.exercises[0]!.id, localDate: '2026-10-28', round, setsDone: plan.exercises[0]!.sets }));
    const exercise = carePlanReminders({ ...base, checks, now: endedAt + 3 * 3_600_000 }).filter((r) => r.kind === 'exercise');
    expect(exercise.every((r) => r.id.includes('2026-10-29'))).toBe(true);
  });

  it('lists unanswered check-ins and the appointment the day before', () => {
    const all = carePlanReminders({ ...base, now: endedAt + 3 * 3_600_000 });
    const checkIns = all.filter((r) => r.kind === 'check-in');
    expect(checkIns.map((r) => r.id)).toContain(`${plan.id}:check-in:after-24h`);
    const answered = carePlanReminders({ ...base, now: endedAt, answers: [{ checkInId: `${plan.id}:check-in:after-24h`, kind: 'after-24h', answeredAt: endedAt, scores: { soreness: 2 } }] });
    expect(answered.map((r) => r.id)).not.toContain(`${plan.id}:check-in:after-24h`);
    const appointment = all.find((r) => r.kind === 'appointment')!;
    expect(plan.nextAppointment! - appointment.at).toBe(86_400_000);
    expect(`${appointment.title} ${appointment.body}`).not.toMatch(/deep|tissue|firm/i);
  });

  it('collapses missed exercise reminders into one', () => {
    const reminders = carePlanReminders({ ...base, now: endedAt });
    const lateEvening = Date.UTC(2026, 9, 29, 2, 0); // 22:00 on the session day
    const decision = decideNotifications(reminders, new Set(), lateEvening);
    expect(decision.show.filter((r) => r.kind === 'exercise')).toHaveLength(1);
  });
});
