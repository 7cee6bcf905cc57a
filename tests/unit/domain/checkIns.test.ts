// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { checkInAdvice, checkInSchedule, type CheckInAnswer, type ScheduledCheckIn } from '../../../src/domain/checkIns/checkIns';
import { carePlanArb } from './carePlanArbitraries';
import { DAY, HOUR, validPlan } from './carePlanFixtures';
import { localMinutes, localText, utc } from './localClock';
import { settingsArb } from './propertyArbitraries';

const SETTINGS = { wakeTime: '07:00', bedtime: '22:30' };

function planEndedAt(endedAt: number, timeZone: string, kind = 'deep-tissue') {
  return validPlan(
    { timeZone, issuedAt: endedAt + HOUR / 2, session: { kind, pressure: 'firm', usualGlassesPerDay: 4, endedAt }, nextAppointment: undefined },
    endedAt + HOUR,
  );
}

const byKind = (schedule: ScheduledCheckIn[], kind: string) => schedule.filter((item) => item.kind === kind);

describe('checkInSchedule', () => {
  const zone = 'America/New_York';
  // Saturday 7 March 2026, 14:00 in New York; the clocks spring forward that night.
  const endedAt = utc('2026-03-07T19:00:00Z');
  const plan = planEndedAt(endedAt, zone);
  const acceptedAt = endedAt + HOUR;
  const schedule = checkInSchedule({ plan, acceptedAt, settings: SETTINGS });

  it('starts with a baseline at import, then 24 h, 48 h and weekly check-ins, each with a stable id', () => {
    expect(schedule.map((item) => item.id.replace(plan.id, 'P'))).toEqual([
      'P:check-in:baseline', 'P:check-in:after-24h', 'P:check-in:after-48h',
      'P:check-in:week-1', 'P:check-in:week-2', 'P:check-in:week-3',
    ]);
    expect(schedule[0]).toMatchObject({ dueAt: acceptedAt, scores: ['soreness', 'pain', 'stiffness', 'sleep'], asksFlags: true });
    expect(byKind(schedule, 'after-24h')[0]).toMatchObject({ scores: ['soreness'], asksFlags: true });
    expect(byKind(schedule, 'weekly')[0]).toMatchObject({ week: 1, scores: ['pain', 'stiffness', 'sleep'], asksFlags: false });
    expect(checkInSchedule({ plan, acceptedAt, settings: SETTINGS })).toEqual(schedule);
  });

  it('keeps the session’s clock time across the spring-forward day: 23 real hours later', () => {
    const [after24h] = byKind(schedule, 'after-24h');
    expect(localText(after24h!.dueAt, zone)).toBe('2026-03-08 14:00');
    expect(after24h!.dueAt - endedAt).toBe(23 * HOUR);
    expect(localText(byKind(schedule, 'after-48h')[0]!.dueAt, zone)).toBe('2026-03-09 14:00');
  });

  it('asks weekly in the early evening, counted from the session day', () => {
    expect(byKind(schedule, 'weekly').map((item) => localText(item.dueAt, zone)))
      .toEqual(['2026-03-14 18:00', '2026-03-21 18:00', '2026-03-28 18:00']);
  });

  it('moves a check-in that would fall before waking into the first waking moment, even one the clock skips', () => {
    // 01:00 on the 7th; the client wakes at 02:30, a time that doesn't exist on the 8th.
    const early = planEndedAt(utc('2026-03-07T06:00:00Z'), zone);
    const items = checkInSchedule({ plan: early, acceptedAt: utc('2026-03-07T06:30:00Z'), settings: { wakeTime: '02:30', bedtime: '22:30' } });
    expect(localText(byKind(items, 'after-24h')[0]!.dueAt, zone)).toBe('2026-03-08 03:00');
    expect(localText(byKind(items, 'after-48h')[0]!.dueAt, zone)).toBe('2026-03-09 02:30');
  });

  it('moves a late-evening check-in before bedtime on the fall-back day', () => {
    // 22:15 on Saturday 24 October 2026 in London; the clocks go back that night.
    const london = planEndedAt(utc('2026-10-24T21:15:00Z'), 'Europe/London');
    const items = checkInSchedule({ plan: london, acceptedAt: utc('2026-10-24T21:30:00Z'), settings: { wakeTime: '07:00', bedtime: '22:30' } });
    const after24h = byKind(items, 'after-24h')[0]!.dueAt;
    expect(localText(after24h, 'Europe/London')).toBe('2026-10-25 22:00');
    expect(after24h - utc('2026-10-24T21:15:00Z')).toBe(24 * HOUR + 45 * 60_000);
  });

  it('leaves out check-ins that passed before the plan was saved, or come too soon after the baseline', () => {
    const late = checkInSchedule({ plan, acceptedAt: endedAt + 45 * HOUR, settings: SETTINGS });
    expect(late.map((item) => item.kind)).toEqual(['baseline', 'weekly', 'weekly', 'weekly']);
    const veryLate = checkInSchedule({ plan, acceptedAt: endedAt + 10 * DAY, settings: SETTINGS });
    expect(veryLate.map((item) => item.week ?? item.kind)).toEqual(['baseline', 2, 3]);
  });

  it('runs six weeks of weekly check-ins when the plan has no exercises, and at least one for a short plan', () => {
    const relaxing = validPlan({ exercises: [], nextAppointment: undefined, issuedAt: endedAt + HOUR / 2,
      session: { kind: 'relaxation', pressure: 'light', usualGlassesPerDay: 8, endedAt } }, acceptedAt);
    expect(byKind(checkInSchedule({ plan: relaxing, acceptedAt, settings: SETTINGS }), 'weekly')).toHaveLength(6);
    const short = validPlan({ exercises: [{ id: 'custom-1', name: 'Walk', steps: ['Walk.'], cautions: [], sets: 1, reps: 1, timesPerDay: 1, durationDays: 3 }],
      nextAppointment: undefined, issuedAt: endedAt + HOUR / 2, session: { kind: 'sports', pressure: 'deep', usualGlassesPerDay: 8, endedAt } }, acceptedAt);
    expect(byKind(checkInSchedule({ plan: short, acceptedAt, settings: SETTINGS }), 'weekly')).toHaveLength(1);
  });

  it('keeps every timed check-in inside waking hours, in any zone', () => {
    fc.assert(fc.property(carePlanArb, settingsArb(5 * 60), fc.integer({ min: 0, max: 3 * DAY }), ({ plan: anyPlan }, settings, delay) => {
      const wake = Number(settings.wakeTime.slice(0, 2)) * 60 + Number(settings.wakeTime.slice(3));
      const bed = Number(settings.bedtime.slice(0, 2)) * 60 + Number(settings.bedtime.slice(3));
      const items = checkInSchedule({ plan: anyPlan, acceptedAt: anyPlan.session.endedAt + delay, settings });
      expect(items.map((item) => item.dueAt)).toEqual(items.map((item) => item.dueAt).sort((a, b) => a - b));
      for (const item of items.filter((entry) => entry.kind !== 'baseline')) {
        const minutes = localMinutes(item.dueAt, anyPlan.timeZone);
        expect(minutes).toBeGreaterThanOrEqual(wake);
        expect(minutes).toBeLessThanOrEqual(bed - 30);
      }
    }), { numRuns: 150 });
  });

  it('defaults to the plan’s zone and accepts the app’s default settings', () => {
    expect(checkInSchedule({ plan, acceptedAt, settings: DEFAULT_SETTINGS }).length).toBeGreaterThan(3);
  });
});

describe('checkInAdvice', () => {
  const answer = (changes: Partial<CheckInAnswer>): CheckInAnswer => ({
    checkInId: 'plan-1:check-in:after-24h', kind: 'after-24h', answeredAt: 0, scores: { soreness: 3 },
    flags: { bruising: false, numbness: false, lightHeaded: false }, ...changes,
  });

  it('says contact your therapist for bruising, numbness or light-headedness', () => {
    expect(checkInAdvice(answer({}))).toBeUndefined();
    for (const flag of ['bruising', 'numbness', 'lightHeaded'] as const) {
      expect(checkInAdvice(answer({ flags: { bruising: false, numbness: false, lightHeaded: false, [flag]: true } }))).toBe('contact-therapist');
    }
  });

  it('says so for soreness of 8 or more at 48 h, but not at 24 h', () => {
    expect(checkInAdvice(answer({ kind: 'after-48h', scores: { soreness: 8 } }))).toBe('contact-therapist');
    expect(checkInAdvice(answer({ kind: 'after-48h', scores: { soreness: 7 } }))).toBeUndefined();
    expect(checkInAdvice(answer({ kind: 'after-24h', scores: { soreness: 9 } }))).toBeUndefined();
    expect(checkInAdvice(answer({ kind: 'weekly', scores: { pain: 9 }, flags: undefined }))).toBeUndefined();
  });
});
