// @vitest-environment node
/**
 * Catch-ups obey bedtime: nothing pops up at night or in quiet hours; what fell due is held for the
 * app to show, and comes as a notification at wake time only if it still matters then. Care-plan
 * reminders themselves never fall in rest, for night owls too.
 */
import { describe, expect, it } from 'vitest';
import { carePlanReminders } from '../../../src/domain/reminders/carePlanReminders';
import { decideNotifications } from '../../../src/domain/reminders/notificationDecision';
import { restEndsAt } from '../../../src/domain/time/restTime';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { validPlan } from './carePlanFixtures';
import { localText } from './localClock';

const ZONE = 'America/New_York';
const at = (date: string, clock: string) => Date.parse(`${date}T${clock}:00-04:00`);
const SETTINGS = { ...DEFAULT_SETTINGS, quietHours: [{ start: '13:00', end: '14:00' }] };

describe('restEndsAt', () => {
  it('is the next wake time at night, the end of quiet hours in them, nothing in waking time', () => {
    expect(localText(restEndsAt(at('2026-10-20', '23:40'), SETTINGS, ZONE)!, ZONE)).toBe('2026-10-21 07:00');
    expect(localText(restEndsAt(at('2026-10-21', '05:00'), SETTINGS, ZONE)!, ZONE)).toBe('2026-10-21 07:00');
    expect(localText(restEndsAt(at('2026-10-21', '13:30'), SETTINGS, ZONE)!, ZONE)).toBe('2026-10-21 14:00');
    expect(restEndsAt(at('2026-10-21', '12:00'), SETTINGS, ZONE)).toBeUndefined();
  });

  it('for a night owl (10:00–01:30) 00:30 is waking time and 02:00 is night', () => {
    const owl = { ...DEFAULT_SETTINGS, wakeTime: '10:00', bedtime: '01:30' };
    expect(restEndsAt(at('2026-10-21', '00:30'), owl, ZONE)).toBeUndefined();
    expect(localText(restEndsAt(at('2026-10-21', '02:00'), owl, ZONE)!, ZONE)).toBe('2026-10-21 10:00');
  });
});

describe('opening the app at 23:40 after a 22:30 bedtime', () => {
  // A plan made at 10:00 on 20 October: exercises at 08:00 and 21:00, a check-in at 10:00 the next day.
  const endedAt = at('2026-10-20', '10:00');
  const plan = validPlan({
    issuedAt: endedAt + 1_800_000, nextAppointment: undefined, series: undefined,
    session: { kind: 'deep-tissue', pressure: 'firm', usualGlassesPerDay: 4, endedAt },
    exercises: [{ ...EXERCISE_LIBRARY[0]!, timesPerDay: 2, durationDays: 14 }],
  }, endedAt + 3_600_000);
  const base = { plan, acceptedAt: endedAt + 3_600_000, settings: DEFAULT_SETTINGS, checks: [], answers: [] };

  it('shows nothing then; at 07:00 the missed exercise round has expired and is dropped, nothing is burst', () => {
    const late = at('2026-10-20', '23:40');
    const reminders = carePlanReminders({ ...base, now: late });
    const night = decideNotifications(reminders, new Set(), late, {}, restEndsAt(late, DEFAULT_SETTINGS, ZONE));
    expect(night.show).toEqual([]);
    expect(night.held.map((r) => r.kind)).toEqual(['exercise']);
    expect(night.handled.every((h) => h.how === 'expired')).toBe(true);
    expect(localText(night.holdUntil!, ZONE)).toBe('2026-10-21 07:00');
    const wake = night.holdUntil!;
    const morning = decideNotifications(reminders, new Set(night.handled.map((h) => h.id)), wake, {}, restEndsAt(wake, DEFAULT_SETTINGS, ZONE));
    expect(morning.show).toEqual([]);
    expect(morning.handled.map((h) => h.how)).toContain('expired');
  });

  it('what still matters at wake time comes then, once', () => {
    const reminder = { id: 'c1', kind: 'check-in' as const, at: at('2026-10-20', '23:00'), expiresAt: at('2026-10-21', '12:00'), title: 't', body: 'b', url: '/check-in' };
    const late = at('2026-10-20', '23:40');
    const night = decideNotifications([reminder], new Set(), late, {}, restEndsAt(late, DEFAULT_SETTINGS, ZONE));
    expect(night.show).toEqual([]);
    expect(night.held).toEqual([reminder]);
    const morning = decideNotifications([reminder], new Set(), night.holdUntil!, {}, restEndsAt(night.holdUntil!, DEFAULT_SETTINGS, ZONE));
    expect(morning.show.map((r) => r.id)).toEqual(['c1']);
  });
});

describe('care-plan reminders never fall in rest', () => {
  const endedAt = at('2026-10-20', '23:50');
  const plan = validPlan({
    issuedAt: endedAt + 600_000, nextAppointment: at('2026-10-29', '08:00'), series: { everyWeeks: 1, sessions: 2 },
    session: { kind: 'deep-tissue', pressure: 'firm', usualGlassesPerDay: 4, endedAt },
    exercises: [{ ...EXERCISE_LIBRARY[0]!, timesPerDay: 3, durationDays: 14 }],
  }, endedAt + 1_200_000);
  const owl = { ...DEFAULT_SETTINGS, wakeTime: '10:00', bedtime: '01:30', quietHours: [{ start: '08:00', end: '09:00' }] };

  it('a night owl’s exercise rounds run into the night on the right date; check-ins and day-before reminders wait for waking time', () => {
    const now = at('2026-10-21', '00:30');
    const reminders = carePlanReminders({ plan, acceptedAt: endedAt + 1_200_000, settings: owl, checks: [], answers: [], now });
    const exercise = reminders.filter((r) => r.kind === 'exercise').map((r) => localText(r.at, ZONE));
    // Waking day 20 October runs 10:00–01:30; its last round is at midnight, on the 21st.
    expect(exercise.slice(0, 3)).toEqual(['2026-10-20 11:00', '2026-10-20 17:30', '2026-10-21 00:00']);
    for (const reminder of reminders) expect(restEndsAt(reminder.at, owl, ZONE)).toBeUndefined();
    const appointments = reminders.filter((r) => r.kind === 'appointment').map((r) => localText(r.at, ZONE));
    // 08:00 the day before is quiet for this client, 08:00 the week after too: both wait until 10:00.
    expect(appointments).toEqual(['2026-10-28 10:00', '2026-11-04 10:00']);
  });
});
