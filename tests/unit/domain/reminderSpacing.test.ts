import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { respaceReminders } from '../../../src/domain/hydration/reminderSchedule';
import { DEFAULT_SETTINGS, REMINDER_SPACINGS, type ReminderSpacing } from '../../../src/domain/settings/settings';
import { validateSettings } from '../../../src/domain/settings/settingsSchema';
import { inWakingDayOrder } from '../../../src/domain/exercises/exerciseTimes';
import { localMinutes, localText, utc } from './localClock';
import { gapsInMinutes, plan, reminderTimes } from './planFixtures';
import { sessionArb, settingsArb, ZONES } from './propertyArbitraries';

const NY = 'America/New_York';
const ny = (clock: string, day = '2026-05-01') => utc(`${day}T${clock}:00-04:00`);
const spaced = (reminderSpacingMin: ReminderSpacing) => ({ settings: { reminderSpacingMin } });

describe('reminder spacing chosen by the client', () => {
  it('puts reminders that far apart from the first one, instead of spreading them over the day', () => {
    expect(reminderTimes(plan(ny('10:00'), NY, spaced(60)))).toEqual([
      '2026-05-01 10:15', '2026-05-01 11:15', '2026-05-01 12:15', '2026-05-01 13:15', '2026-05-01 14:15',
    ]);
    expect(gapsInMinutes(plan(ny('10:00'), NY, spaced(45)))).toEqual([45, 45, 45, 45]);
  });

  it('spreads them evenly within the plan when the spacing would run past its end', () => {
    // 19:00 to 22:00 holds five reminders 45 minutes apart, not 90.
    const result = plan(ny('18:45'), NY, spaced(90));
    expect(reminderTimes(result)).toEqual(['2026-05-01 19:00', '2026-05-01 19:45', '2026-05-01 20:30', '2026-05-01 21:15', '2026-05-01 22:00']);
    expect(result.dueBy).toBe(plan(ny('18:45'), NY).dueBy);
  });

  it('carries to the next morning exactly what the default carries', () => {
    for (const spacing of REMINDER_SPACINGS) {
      const late = plan(ny('21:00'), NY, spaced(spacing));
      expect(late.reminders.map((r) => r.nextMorning)).toEqual(plan(ny('21:00'), NY).reminders.map((r) => r.nextMorning));
    }
  });

  it.each(ZONES)('keeps the same reminders within the same day, at least the minimum apart, in %s', (zone) => {
    const input = fc.record({ session: sessionArb(zone), settings: settingsArb(4 * 60), spacing: fc.constantFrom(...REMINDER_SPACINGS) });
    fc.assert(fc.property(input, ({ session, settings, spacing }) => {
      const even = plan(session.endedAt, zone, { kind: session.kind, pressure: session.pressure, usual: session.usualGlassesPerDay, settings });
      const result = plan(session.endedAt, zone, { kind: session.kind, pressure: session.pressure, usual: session.usualGlassesPerDay, settings: { ...settings, reminderSpacingMin: spacing } });
      expect(result.reminders.map((r) => [r.id, r.nextMorning])).toEqual(even.reminders.map((r) => [r.id, r.nextMorning]));
      expect(result.dueBy).toBe(even.dueBy);
      const today = result.reminders.filter((r) => !r.nextMorning);
      const evenToday = even.reminders.filter((r) => !r.nextMorning);
      for (const [i, r] of today.entries()) {
        expect(r.at).toBeGreaterThanOrEqual(evenToday[0]!.at);
        expect(r.at).toBeLessThanOrEqual(evenToday[evenToday.length - 1]!.at);
        if (i > 0) expect(r.at - today[i - 1]!.at).toBeGreaterThanOrEqual(30 * 60_000);
      }
    }), { numRuns: 100 });
  });
});

describe('respaceReminders: changing the spacing of a plan already running', () => {
  const running = plan(ny('10:00'), NY);

  it('moves only the reminders still to come, from one spacing after the last one past', () => {
    const now = ny('14:00'); // 10:15 and 13:11 are past
    const result = respaceReminders(running, { ...DEFAULT_SETTINGS, reminderSpacingMin: 30 }, now);
    expect(reminderTimes(result)).toEqual(['2026-05-01 10:15', '2026-05-01 13:11', '2026-05-01 14:00', '2026-05-01 14:30', '2026-05-01 15:00']);
    expect(result.reminders.map((r) => r.id)).toEqual(running.reminders.map((r) => r.id));
    expect(result.dueBy).toBe(running.dueBy);
  });

  it('back to "spread over the day" spreads what is left evenly up to the end', () => {
    const now = ny('14:00');
    const result = respaceReminders(running, DEFAULT_SETTINGS, now);
    const left = result.reminders.slice(2).map((r) => localMinutes(r.at, NY));
    expect(localText(result.reminders[4]!.at, NY)).toBe('2026-05-01 22:00');
    expect(left[1]! - left[0]!).toBeCloseTo(left[2]! - left[1]!, 0);
  });

  it('leaves a plan alone when nothing is left to move, or the day no longer holds it', () => {
    expect(respaceReminders(running, DEFAULT_SETTINGS, ny('22:10'))).toBe(running);
    const shortDay = { ...DEFAULT_SETTINGS, bedtime: '14:30', reminderSpacingMin: 30 as const };
    expect(respaceReminders(running, shortDay, ny('13:30'))).toBe(running);
  });
});

describe('validateSettings: the reminder controls', () => {
  it('accepts them absent or sensible, and names what is wrong', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
    expect(validateSettings({ ...DEFAULT_SETTINGS, waterReminders: false, reminderSpacingMin: 45, remindersPausedUntil: 1, exerciseTimes: ['08:00', '18:30'] })).toEqual({});
    expect(validateSettings({ ...DEFAULT_SETTINGS, reminderSpacingMin: 20 as ReminderSpacing }).reminderSpacingMin).toMatch(/30, 45, 60, 90/);
    expect(validateSettings({ ...DEFAULT_SETTINGS, exerciseTimes: ['18:00', '08:00'] }).exerciseTimes).toMatch(/in order/);
    expect(validateSettings({ ...DEFAULT_SETTINGS, exerciseTimes: ['05:00'] }).exerciseTimes).toMatch(/wake time and bedtime/);
    expect(validateSettings({ ...DEFAULT_SETTINGS, exerciseTimes: ['8 am'] }).exerciseTimes).toMatch(/like 08:30/);
  });

  // Issue 10: any waking day is valid, so exercise times are read in it, past midnight too.
  it('reads exercise times in the waking day: a night shift’s evening and early morning, a night owl’s 00:30 after 23:00', () => {
    const nightShift = { ...DEFAULT_SETTINGS, wakeTime: '18:00', bedtime: '10:00' };
    expect(validateSettings({ ...nightShift, exerciseTimes: ['20:00', '02:00'] })).toEqual({});
    expect(validateSettings({ ...nightShift, exerciseTimes: ['02:00', '20:00'] }).exerciseTimes).toMatch(/in order/);
    expect(validateSettings({ ...nightShift, exerciseTimes: ['12:00'] }).exerciseTimes).toMatch(/wake time and bedtime/);
    const owl = { ...DEFAULT_SETTINGS, wakeTime: '10:00', bedtime: '01:30' };
    expect(validateSettings({ ...owl, exerciseTimes: ['23:00', '00:30'] })).toEqual({});
    expect(inWakingDayOrder(['00:30', '11:00', '23:00'], owl.wakeTime)).toEqual(['11:00', '23:00', '00:30']);
  });
});
