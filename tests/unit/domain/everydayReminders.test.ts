// @vitest-environment node
/**
 * Water reminders asked for on a day without a session (issue 10): the rest of the everyday amount,
 * on the session plan's schedule for its own day, inside the waking day, out of quiet hours, never
 * carried to the next morning; and, over 21 zones and any waking day, never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planEverydayReminders } from '../../../src/domain/hydration/everydayReminders';
import { DEFAULT_RULES } from '../../../src/domain/hydration/rules';
import { everydayWaterReminders, satisfiedWaterReminderIds } from '../../../src/domain/reminders/appReminders';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings/settings';
import { quietIntervals } from '../../../src/domain/time/allowedTime';
import { parseIsoDate } from '../../../src/domain/time/localDay';
import { wakingDay, wakingDayOf } from '../../../src/domain/time/wakingDay';
import { localText, MINUTE, utc } from './localClock';
import { anySettingsArb, NIGHT_ZONES, sessionEnd } from './propertyArbitraries';

const NY = 'America/New_York';
const ny = (clock: string, day = '2026-05-01') => utc(`${day}T${clock}:00-04:00`);
const times = (reminders: Array<{ at: number }>) => reminders.map((r) => localText(r.at, NY));
const ask = (now: number, counted = 0, settings: Partial<Settings> = {}) =>
  planEverydayReminders({ now, settings: { ...DEFAULT_SETTINGS, ...settings }, timeZone: NY, countedGlasses: counted });

describe('planEverydayReminders: a day without a session', () => {
  it('reminds for the rest of the everyday amount until 30 minutes before bed, glasses numbered on from those drunk', () => {
    const asked = ask(ny('14:00'), 2.4);
    expect(asked.day).toBe('2026-05-01');
    expect(asked.goalGlasses).toBe(8);
    // 14:15 … 22:00 in five even gaps of 93 minutes.
    expect(times(asked.reminders)).toEqual([
      '2026-05-01 14:15', '2026-05-01 15:48', '2026-05-01 17:21', '2026-05-01 18:54', '2026-05-01 20:27', '2026-05-01 22:00',
    ]);
    expect(asked.reminders.map((r) => r.glassNumber)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(asked.reminders.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `everyday-${ny('14:00')}:water:${i}`));
    expect(asked.reminders.every((r) => !r.nextMorning)).toBe(true);
    expect(localText(asked.dueBy, NY)).toBe('2026-05-01 22:30');
  });

  it('follows the chosen spacing and the quiet hours, as a session plan does', () => {
    expect(times(ask(ny('18:00'), 5, { reminderSpacingMin: 60 }).reminders)).toEqual(['2026-05-01 18:15', '2026-05-01 19:15', '2026-05-01 20:15']);
    const quiet = ask(ny('12:00'), 6, { quietHours: [{ start: '12:30', end: '21:00' }] });
    expect(times(quiet.reminders)).toEqual(['2026-05-01 12:15', '2026-05-01 22:00']);
  });

  it('leaves what does not fit before bedtime without a reminder: nothing carries to tomorrow', () => {
    // 20:15 … 22:00 holds four of the eight glasses, 35 minutes apart.
    const late = ask(ny('20:00'));
    expect(times(late.reminders)).toEqual(['2026-05-01 20:15', '2026-05-01 20:50', '2026-05-01 21:25', '2026-05-01 22:00']);
    expect(ask(ny('22:20')).reminders).toEqual([]);
    // After bedtime the day is still the one ending: no room at all.
    const night = ask(ny('23:30'));
    expect(night.day).toBe('2026-05-01');
    expect(night.reminders).toEqual([]);
  });

  it('asked before wake time, starts at wake time of the day ahead', () => {
    const early = ask(ny('05:00'), 0, { goodDailyGlasses: 2 });
    expect(early.day).toBe('2026-05-01');
    expect(times(early.reminders)).toEqual(['2026-05-01 07:15', '2026-05-01 22:00']);
  });

  it('asks for nothing once the everyday amount is drunk, and fits a very short day without failing', () => {
    expect(ask(ny('12:00'), 8).reminders).toEqual([]);
    expect(ask(ny('08:00'), 0, { wakeTime: '08:00', bedtime: '08:01' }).reminders).toEqual([]);
    // Awake 08:00–09:30: 08:15 … 09:00 holds two, at its edges.
    expect(times(ask(ny('08:00'), 0, { wakeTime: '08:00', bedtime: '09:30' }).reminders)).toEqual(['2026-05-01 08:15', '2026-05-01 09:00']);
  });

  it('as reminders: each glass once, until it is drunk; they expire at bedtime', () => {
    const asked = ask(ny('14:00'), 2);
    const list = everydayWaterReminders(asked, 3);
    expect(list.map((r) => r.body)).toEqual([4, 5, 6, 7, 8].map((glass) => `Glass ${glass} of 8 today, your everyday amount.`));
    expect(list.every((r) => r.kind === 'water' && r.expiresAt === asked.dueBy && r.url === '/today')).toBe(true);
    expect(satisfiedWaterReminderIds(asked, 3)).toEqual([asked.reminders[0]!.id]);
    expect(everydayWaterReminders(asked, 8)).toEqual([]);
  });
});

describe('planEverydayReminders over any waking day', () => {
  it('never throws and keeps every reminder inside the waking day, out of quiet hours, spaced, after the ask', () => {
    const input = fc.constantFrom(...NIGHT_ZONES).chain((zone) => fc.record({
      zone: fc.constant(zone), settings: anySettingsArb(), now: sessionEnd(zone), counted: fc.integer({ min: 0, max: 40 }),
    }));
    fc.assert(fc.property(input, ({ zone, settings, now, counted }) => {
      const asked = planEverydayReminders({ now, settings, timeZone: zone, countedGlasses: counted });
      const day = wakingDay(asked.day, settings, zone);
      expect(asked.day).toBe(wakingDayOf(now, settings, zone));
      expect(asked.dueBy).toBe(day.bedtime);
      expect(asked.reminders.length).toBeLessThanOrEqual(Math.max(0, settings.goodDailyGlasses - counted));
      const quiet = quietIntervals(parseIsoDate(asked.day)!, settings, zone);
      for (const [i, reminder] of asked.reminders.entries()) {
        expect(reminder.at).toBeGreaterThan(now);
        expect(reminder.at).toBeGreaterThanOrEqual(day.wake);
        expect(reminder.at).toBeLessThanOrEqual(day.bedtime - DEFAULT_RULES.lastReminderBeforeBedtimeMin * MINUTE);
        for (const q of quiet) expect(reminder.at >= q.start && reminder.at < q.end).toBe(false);
        if (i > 0) expect(reminder.at - asked.reminders[i - 1]!.at).toBeGreaterThanOrEqual(DEFAULT_RULES.minSpacingMin * MINUTE);
        expect(reminder.glassNumber).toBe(counted + i + 1);
        expect(reminder.nextMorning).toBe(false);
      }
    }), { numRuns: 400 });
  }, 60_000);
});
