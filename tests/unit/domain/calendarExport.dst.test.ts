/**
 * Exercise series across a clock change, expanded by ical.js. The series are floating local times,
 * so every occurrence must read as the same clock time, whatever the offset that day.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import type { CarePlan } from '../../../src/domain/carePlan/carePlan';
import { buildCalendar } from '../../../src/domain/calendar/calendarExport';
import { occurrences, parseCalendar } from './calendarExportIcal';
import { DAY, HOUR, validPlan } from './carePlanFixtures';

/** Three times a day by default: 08:00, 14:30 and 21:00. */
const chinTuck = { ...EXERCISE_LIBRARY[3]!, timesPerDay: 3, durationDays: 14 };

/** A plan whose session ended at `endedAt`, opened two hours later. */
function planEndedAt(endedAt: number, timeZone: string, exercises = [chinTuck]): { plan: CarePlan; now: number } {
  const now = endedAt + 2 * HOUR;
  const session = { kind: 'relaxation', pressure: 'medium', usualGlassesPerDay: 4, endedAt };
  return { plan: validPlan({ timeZone, session, issuedAt: endedAt + HOUR, exercises, nextAppointment: undefined }, now), now };
}

const exportOf = (plan: CarePlan, now: number) => buildCalendar({ carePlan: plan, settings: DEFAULT_SETTINGS, now, sequence: 0 }).ics;
const exerciseSeries = (plan: CarePlan, now: number) => parseCalendar(exportOf(plan, now)).events;

const days = (first: string, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(`${first}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10));

describe.each([
  // Clocks go back on Sunday 1 November 2026 in New York, forward on Sunday 29 March 2026 in London.
  { zone: 'America/New_York', endedAt: '2026-10-28T14:00:00Z', first: '2026-10-28', change: '2026-11-01' },
  { zone: 'Europe/London', endedAt: '2026-03-25T10:00:00Z', first: '2026-03-25', change: '2026-03-29' },
])('a 14-day plan in $zone from $first, across the change on $change', ({ zone, endedAt, first, change }) => {
  const { plan, now } = planEndedAt(Date.parse(endedAt), zone);
  const series = exerciseSeries(plan, now);

  it('one daily series per time of day, with COUNT = 14', () => {
    expect(series.map((event) => event.rrule)).toEqual(Array(3).fill('FREQ=DAILY;COUNT=14'));
    expect(series.map((event) => event.uid)).toEqual(['0800', '1430', '2100'].map((hhmm) => `${plan.id}-exercise-chin-tuck-${hhmm}@aftercare`));
  });

  it('floating start times: no Z, no TZID', () => {
    expect(series.map((event) => event.start.zone?.tzid)).toEqual(Array(3).fill('floating'));
    const date = first.replaceAll('-', '');
    expect(exportOf(plan, now).match(/^DTSTART.*$/gm)).toEqual([`DTSTART:${date}T080000`, `DTSTART:${date}T143000`, `DTSTART:${date}T210000`]);
  });

  it('every occurrence, before and after the change, is at the same local clock time', () => {
    for (const [event, clock] of series.map((event, i) => [event, ['08:00', '14:30', '21:00'][i]!] as const)) {
      const expected = days(first, 14).map((day) => `${day} ${clock}`);
      expect(expected.some((text) => text.startsWith(change))).toBe(true);
      expect(occurrences(event.event)).toEqual(expected);
    }
  });

  it('each occurrence has the display alarm at its start', () => {
    for (const event of series) expect(event.alarms).toEqual([{ action: 'DISPLAY', description: 'Exercise: Chin tuck', triggerSeconds: 0 }]);
  });

  it('the description is the steps, numbered, as plain text', () => {
    expect(series[0]!.description).toBe(chinTuck.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'));
  });
});

describe('remaining days', () => {
  const neck = { ...EXERCISE_LIBRARY[0]!, timesPerDay: 1, durationDays: 21 };
  const { plan, now } = planEndedAt(Date.parse('2026-05-12T14:00:00Z'), 'America/New_York', [neck]);

  it('a series exported later starts today, with the days that are left', () => {
    const [event] = exerciseSeries(plan, now + 5 * DAY);
    expect(event!.rrule).toBe('FREQ=DAILY;COUNT=16');
    expect(occurrences(event!.event)).toEqual(days('2026-05-17', 16).map((day) => `${day} 18:00`));
  });

  it('on its last day a series has one occurrence; after it, none', () => {
    expect(exerciseSeries(plan, now + 20 * DAY).map((event) => event.rrule)).toEqual(['FREQ=DAILY;COUNT=1']);
    expect(exerciseSeries(plan, now + 21 * DAY)).toEqual([]);
  });

  it('the day is the plan zone’s day: 23:30 in New York is already tomorrow in UTC', () => {
    const lateEvening = Date.parse('2026-05-18T03:30:00Z'); // 17 May, 23:30 EDT: day 6 of 21
    expect(exerciseSeries(plan, lateEvening)[0]!.start.toString()).toBe('2026-05-17T18:00:00');
  });
});
