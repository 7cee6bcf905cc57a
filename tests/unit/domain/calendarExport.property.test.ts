/**
 * Any plan the app could hold, with awkward text and any valid settings, exports to a file ical.js
 * reads back whole: every expected event once, every text intact, every line within 75 octets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';
import type { CarePlan } from '../../../src/domain/carePlan/carePlan';
import type { Settings } from '../../../src/domain/settings/settings';
import { buildCalendar } from '../../../src/domain/calendar/calendarExport';
import { carePlanArb } from './carePlanArbitraries';
import { occurrences, parseCalendar } from './calendarExportIcal';
import { localDay } from './localClock';
import { settingsArb } from './propertyArbitraries';

const DAY = 86_400_000;

/** Days of an exercise left at `now`, worked out with Intl alone. */
function remainingDays(plan: CarePlan, durationDays: number, now: number): number {
  const dayNumber = (at: number) => Date.parse(`${localDay(at, plan.timeZone)}T00:00:00Z`) / DAY;
  return durationDays - Math.max(0, dayNumber(now) - dayNumber(plan.session.endedAt));
}

const scenario = fc.record({
  opened: carePlanArb,
  settings: settingsArb(0) as fc.Arbitrary<Settings>,
  withWater: fc.boolean(),
  countedGlasses: fc.double({ min: 0, max: 6, noNaN: true }),
  /** How far through [session end, plan opened] the export happens. */
  when: fc.double({ min: 0, max: 1, noNaN: true }),
  sequence: fc.integer({ min: 0, max: 100_000 }),
});

describe('buildCalendar, for any valid plan', () => {
  it('parses with ical.js, with unique UIDs, the expected events and intact text', () => {
    fc.assert(fc.property(scenario, ({ opened: { plan, now: openedAt }, settings, withWater, countedGlasses, when, sequence }) => {
      const now = Math.round(plan.session.endedAt + when * (openedAt - plan.session.endedAt));
      const water = planHydration({ sessionId: 'water-1', session: plan.session, settings, timeZone: plan.timeZone });
      const hydration = withWater ? { sessionId: 'water-1', plan: water, countedGlasses } : undefined;
      const result = buildCalendar({ hydration, carePlan: plan, settings, now, sequence });
      const { events } = parseCalendar(result.ics);

      const waterCount = hydration
        ? water.reminders.filter((r) => r.glassNumber > Math.floor(countedGlasses) && r.at >= now).length : 0;
      const series = plan.exercises.filter((exercise) => remainingDays(plan, exercise.durationDays, now) > 0);
      const exerciseCount = series.reduce((sum, exercise) => sum + exercise.timesPerDay, 0);
      const appointmentCount = plan.nextAppointment !== undefined && plan.nextAppointment > now ? 1 : 0;

      expect(events).toHaveLength(result.eventCount);
      expect(result.eventCount).toBe(waterCount + exerciseCount + appointmentCount);
      expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
      for (const event of events) {
        expect(event.sequence).toBe(sequence);
        expect(event.alarms).toHaveLength(1);
        expect(event.alarms[0]!.action).toBe('DISPLAY');
      }
      const recurring = events.filter((event) => event.rrule !== undefined);
      expect(recurring).toHaveLength(exerciseCount);
      for (const exercise of series) {
        const mine = recurring.filter((event) => event.uid.startsWith(`${plan.id}-exercise-${exercise.id}-`));
        const days = remainingDays(plan, exercise.durationDays, now);
        expect(mine.map((event) => event.summary)).toEqual(Array(exercise.timesPerDay).fill(`Exercise: ${exercise.name}`));
        expect(mine[0]!.description).toBe(exercise.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'));
        expect(mine[0]!.rrule).toBe(`FREQ=DAILY;COUNT=${days}`);
        expect(occurrences(mine[0]!.event)).toHaveLength(days);
      }
      const octets = result.ics.split('\r\n').map((line) => new TextEncoder().encode(line).length);
      expect(Math.max(...octets)).toBeLessThanOrEqual(75);
    }), { numRuns: 100 });
  }, 60_000); // ~2–3 s alone (yup validates every event inside `ics`); more when the suite runs in parallel.
});
