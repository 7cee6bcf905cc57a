// @vitest-environment node
/**
 * The waking day and the plan engine for night owls and night shifts, over 21 zones, with settings
 * that mostly cross midnight and sessions biased toward clock changes. Every check is made twice:
 * in real time (instants of wake, bedtime and quiet periods, read as documented in hydrationPlan.ts)
 * and by what the clock shows at the reminder, so a repeated hour can't hide a reminder at night.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type HydrationRules } from '../../../src/domain/hydration/rules';
import { planHydration, type HydrationPlan, type SessionInput } from '../../../src/domain/hydration/hydrationPlan';
import { allowedIntervals, capacity, quietIntervals } from '../../../src/domain/time/allowedTime';
import { addIsoDays, parseIsoDate } from '../../../src/domain/time/localDay';
import { minutesIntoDay, wakingDay, wakingDayOf } from '../../../src/domain/time/wakingDay';
import { localMinutes, MINUTE } from './localClock';
import { anySettingsArb, clock, clockChanges, NIGHT_ZONES, rulesArb, sessionArb, sessionEnd } from './propertyArbitraries';
import { tzOffset } from '@date-fns/tz/tzOffset';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings/settings';
import { validateSettings } from '../../../src/domain/settings/settingsSchema';

const tzOffsetMinutes = (zone: string, at: number) => tzOffset(zone, new Date(at));

const RUNS = { numRuns: 40 };
const TIMEOUT = 60_000;
const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
/** The largest clock change in these zones (an hour; Lord Howe's is half that). */
const CLOCK_CHANGE_MIN = 60;

describe('waking days', () => {
  it('follow each other without gap or overlap, and own their wake time and bedtime', () => {
    const input = fc.constantFrom(...NIGHT_ZONES).chain((zone) => fc.record({
      zone: fc.constant(zone), settings: anySettingsArb(), at: sessionEnd(zone), later: fc.integer({ min: 0, max: 3 * 86_400_000 }),
    }));
    fc.assert(fc.property(input, ({ zone, settings, at, later }) => {
      const day = wakingDay(wakingDayOf(at, settings, zone), settings, zone);
      expect(day.starts).toBeLessThanOrEqual(at);
      expect(at).toBeLessThan(day.ends);
      // A clock change can swallow a day or a night shorter than itself (wake and bedtime both in
      // the skipped hour, or a day inside the repeated one, read to protect rest): then the two meet
      // or cross. Anything longer than the change keeps its order.
      const awakeMin = minutesIntoDay(toMinutes(settings.bedtime), toMinutes(settings.wakeTime));
      if (awakeMin < 1440 - CLOCK_CHANGE_MIN) expect(day.starts).toBeLessThan(day.wake);
      if (awakeMin > CLOCK_CHANGE_MIN) expect(day.wake).toBeLessThan(day.bedtime);
      if (awakeMin < 1440 - CLOCK_CHANGE_MIN) expect(day.bedtime).toBeLessThan(day.ends);
      expect(wakingDay(addIsoDays(day.day, 1), settings, zone).starts).toBe(day.ends);
      expect(wakingDayOf(day.starts, settings, zone)).toBe(day.day);
      expect(wakingDayOf(day.ends - 1, settings, zone)).toBe(day.day);
      expect(wakingDayOf(at + later, settings, zone) >= day.day).toBe(true);
    }), { numRuns: 400 });
  }, TIMEOUT);
});

/**
 * What every plan keeps, in real time, for any rules: as many reminders as the day has room for
 * (issue 10: any day is valid, however short; today holds what fits, one morning more the rest),
 * strictly increasing and spaced as documented, each inside its waking day and outside quiet hours.
 */
function expectRestRespected(plan: HydrationPlan, session: SessionInput, settings: Settings, zone: string, rules: HydrationRules): void {
  expect(plan.reminders.length).toBeLessThanOrEqual(plan.goalGlasses);
  const room = allowedIntervals(parseIsoDate(plan.day)!, plan.startsAt + rules.firstReminderDelayMin * MINUTE, settings, rules, zone);
  expect(plan.reminders.filter((r) => !r.nextMorning)).toHaveLength(Math.min(plan.goalGlasses, capacity(room, rules.minSpacingMin * MINUTE)));
  // The plan's day and start.
  const ended = wakingDay(wakingDayOf(session.endedAt, settings, zone), settings, zone);
  const awake = session.endedAt >= ended.wake && session.endedAt < ended.bedtime;
  if (awake) expect(plan.startsAt).toBe(session.endedAt);
  else expect(plan.startsAt).toBe(wakingDay(plan.day, settings, zone).wake);
  for (const [i, reminder] of plan.reminders.entries()) {
    const previous = plan.reminders[i - 1];
    if (previous) {
      expect(reminder.at - previous.at).toBeGreaterThanOrEqual(rules.minSpacingMin * MINUTE);
      if (previous.nextMorning) expect(reminder.nextMorning).toBe(true);
      const day = wakingDayOf(reminder.at, settings, zone);
      if (previous.nextMorning && reminder.nextMorning && wakingDayOf(previous.at, settings, zone) === day) {
        // Carried glasses: at most the carry spacing apart in allowed time (quiet time doesn't count).
        const quiet = quietIntervals(parseIsoDate(day)!, settings, zone)
          .reduce((sum, q) => sum + Math.max(0, Math.min(q.end, reminder.at) - Math.max(q.start, previous.at)), 0);
        // (Plus the minute kept free before each quiet period.)
        const margin = settings.quietHours.length * MINUTE;
        expect(reminder.at - previous.at - quiet).toBeLessThanOrEqual(Math.max(rules.morningCarryMaxSpacingMin, rules.minSpacingMin) * MINUTE + margin);
      }
    }
    if (rules.firstReminderDelayMin > 0) expect(reminder.at).toBeGreaterThan(session.endedAt);
    // Real time: inside its waking day's waking hours (the plan's, or the next one's when carried), outside every quiet period.
    const day = wakingDayOf(reminder.at, settings, zone);
    expect(day).toBe(reminder.nextMorning ? addIsoDays(plan.day, 1) : plan.day);
    const bounds = wakingDay(day, settings, zone);
    expect(reminder.at).toBeGreaterThanOrEqual(bounds.wake);
    expect(reminder.at).toBeLessThanOrEqual(bounds.bedtime - rules.lastReminderBeforeBedtimeMin * MINUTE);
    for (const quiet of quietIntervals(parseIsoDate(day)!, settings, zone)) {
      expect(reminder.at >= quiet.start && reminder.at < quiet.end).toBe(false);
    }
  }
  const last = plan.reminders[plan.reminders.length - 1];
  if (last) expect(plan.dueBy).toBeGreaterThanOrEqual(last.at);
  expect(plan.dueNextDay).toBe(last?.nextMorning === true);
}

describe.each(NIGHT_ZONES)('plans for any waking day in %s', (zone) => {
  const input = fc.record({ session: sessionArb(zone), settings: anySettingsArb() });

  it('no reminder at night or in quiet hours (real time and clock), strictly increasing, spaced as documented, target in range', () => {
    fc.assert(fc.property(input, ({ session, settings }) => {
      const plan = planHydration({ sessionId: 'night', session, settings, timeZone: zone });
      expect([plan.range.min, plan.range.max]).toContain(plan.goalGlasses);
      expect(wakingDayOf(plan.startsAt, settings, zone)).toBe(plan.day);
      expectRestRespected(plan, session, settings, zone, DEFAULT_RULES);
      // The clock: what it shows at each reminder is neither night nor quiet. (The half hour before
      // bedtime is kept in real time; on a night the clocks go back the clock may show less.)
      const wake = toMinutes(settings.wakeTime);
      for (const reminder of plan.reminders) {
        const shown = minutesIntoDay(localMinutes(reminder.at, zone), wake);
        expect(shown).toBeLessThan(minutesIntoDay(toMinutes(settings.bedtime), wake));
        for (const quiet of settings.quietHours) {
          const [start, end] = [minutesIntoDay(toMinutes(quiet.start), wake), minutesIntoDay(toMinutes(quiet.end), wake)];
          expect(shown >= start && shown < end).toBe(false);
        }
      }
    }), RUNS);
  }, TIMEOUT);
});

describe('plans for any waking day under rules a therapist changed', () => {
  it('never throw, and keep every real-time invariant in any zone, however short the day', () => {
    const input = fc.constantFrom(...NIGHT_ZONES).chain((zone) => fc.record({
      zone: fc.constant(zone), rules: rulesArb, session: sessionArb(zone), settings: anySettingsArb(),
    }));
    fc.assert(fc.property(input, ({ zone, rules, session, settings }) => {
      expectRestRespected(planHydration({ sessionId: 'rules', session, settings, timeZone: zone, rules }), session, settings, zone, rules);
    }), { numRuns: 400 });
  }, TIMEOUT);
});

describe.each(['Pacific/Chatham', 'America/Havana'])('an exhaustive sweep of the night clocks go back in %s', (zone) => {
  it('puts no reminder before wake time or in quiet hours in real time, whatever the wake time in or near the repeated hour', () => {
    const changes = clockChanges(zone);
    // The fall-back: the offset after the change is smaller than before it.
    const fallBack = changes.find((change) => tzOffsetMinutes(zone, change + 60_000) < tzOffsetMinutes(zone, change - 60_000))!;
    const changeClock = localMinutes(fallBack, zone);
    for (let wake = changeClock - 120; wake <= changeClock + 60; wake += 10) {
      const wakeTime = clock((wake + 1440) % 1440);
      for (const quiet of [[], [{ start: clock((wake + 30) % 1440), end: clock((changeClock + 20) % 1440) }]]) {
        const settings = { ...DEFAULT_SETTINGS, wakeTime, bedtime: clock((wake + 900) % 1440), quietHours: quiet };
        if (Object.keys(validateSettings(settings)).length > 0) continue;
        for (let endedAt = fallBack - 12 * 3_600_000; endedAt <= fallBack + 12 * 3_600_000; endedAt += 45 * MINUTE) {
          const plan = planHydration({ sessionId: 'sweep', session: { kind: 'deep-tissue', pressure: 'deep', usualGlassesPerDay: 2, endedAt }, settings, timeZone: zone });
          for (const reminder of plan.reminders) {
            const day = wakingDay(wakingDayOf(reminder.at, settings, zone), settings, zone);
            expect(reminder.at).toBeGreaterThanOrEqual(day.wake);
            for (const q of quietIntervals(parseIsoDate(day.day)!, settings, zone)) expect(reminder.at >= q.start && reminder.at < q.end).toBe(false);
            const shown = minutesIntoDay(localMinutes(reminder.at, zone), toMinutes(wakeTime));
            expect(shown).toBeLessThan(minutesIntoDay(toMinutes(settings.bedtime), toMinutes(wakeTime)));
          }
        }
      }
    }
  }, TIMEOUT);
});
