/**
 * What goes into the exported calendar, as `ics` event attributes. Only what the client needs to
 * see in their own calendar: no massage kind, pressure, scores or notes, since calendars get shared
 * and synced to places the app can't vouch for. The words are in the language the client reads when
 * exporting (i18n/en/calendar.ts `file`); the therapist's name and an exercise's steps stay as given.
 *
 * Times:
 * - Water reminders and the appointment are instants, written in UTC: an instant is right in every
 *   zone and across any clock change.
 * - Exercises are daily clock times, so they are written as floating local times (no 'Z', no
 *   TZID) with a daily RRULE: "08:00" stays 08:00 on every day, including the days the clocks
 *   change, and follows the client if they travel. A UTC DTSTART would drift an hour at the change;
 *   a TZID would need a VTIMEZONE block, which `ics` can't write.
 *   The start is given to `ics` as a ready-made string, which it passes through untouched; a date
 *   array would go through `new Date(y, m, d, h, min)` in the *device's* zone and could move a time
 *   that zone skips.
 */
import type { Alarm, EventAttributes } from 'ics';
import type { CarePlan } from '../carePlan/carePlan';
import { nextAppointmentOf, seriesAppointments, type AppointmentChange } from '../carePlan/series';
import { requireClockTime } from '../time/wallClock';
import { escapeText } from './calendarExportText';
import type { Exercise } from '../exercises/exerciseLibrary';
import { planStartDate } from '../exercises/exerciseSchedule';
import { exerciseReminderTimes } from '../exercises/exerciseTimes';
import { exerciseWords } from '../exercises/exerciseWords';
import type { HydrationPlan } from '../hydration/hydrationPlan';
import { addIsoDays, daysBetween, isoDateOf, type IsoDate } from '../time/localDay';
import type { Settings } from '../settings/settings';
import { calendarText } from '../i18n/en/calendar';

/** `ics` accepts `timestamp` (DTSTAMP) in its schema but not in its types; without it DTSTAMP is Date.now(). */
export type CalendarEvent = EventAttributes & { timestamp: number };

export interface WaterExport {
  sessionId: string;
  plan: HydrationPlan;
  /** Glasses already drunk; reminders for those are left out. */
  countedGlasses: number;
}

interface Stamp {
  now: number;
  sequence: number;
}

const WATER_MINUTES = 5;
const EXERCISE_MINUTES = 10;

/** A display alarm; `ics` only encodes line breaks in alarm text, so the rest is escaped here. */
function displayAlarm(text: string, trigger: Alarm['trigger']): Alarm {
  return { action: 'display', description: escapeText(text), trigger };
}

/** `ics` writes `TRIGGER:PT` for this; calendarExportText repairs it to `PT0M`. */
const AT_START = { minutes: 0, before: false };

/** One event (with an alarm) per water reminder still ahead, each with a UID stable across re-exports. */
export function waterEvents(water: WaterExport, { now, sequence }: Stamp): CalendarEvent[] {
  const { sessionId, plan, countedGlasses } = water;
  const words = calendarText().file;
  return plan.reminders
    .filter((reminder) => reminder.glassNumber > Math.floor(countedGlasses) && reminder.at >= now)
    .map((reminder) => {
      const title = words.water(reminder.glassNumber, plan.goalGlasses);
      return {
        uid: `${sessionId}-water-${reminder.glassNumber - 1}@aftercare`,
        title,
        start: reminder.at,
        startOutputType: 'utc',
        duration: { minutes: WATER_MINUTES },
        alarms: [displayAlarm(title, AT_START)],
        sequence,
        timestamp: now,
      };
    });
}

/** '2026-10-28' and '08:00' → '20261028T080000', a floating DATE-TIME (RFC 5545 §3.3.5 form 1). */
const floatingDateTime = (date: IsoDate, clock: string) => `${date.replaceAll('-', '')}T${clock.replace(':', '')}00`;

const numberedSteps = (exercise: Exercise) => exerciseWords(exercise).steps.map((step, i) => `${i + 1}. ${step}`).join('\n');

function exerciseEvents(plan: CarePlan, exercise: Exercise, settings: Settings, stamp: Stamp): CalendarEvent[] {
  const start = planStartDate(plan);
  const today = isoDateOf(stamp.now, plan.timeZone);
  const first = daysBetween(start, today) > 0 ? today : start;
  const remainingDays = daysBetween(first, addIsoDays(start, exercise.durationDays - 1)) + 1;
  if (remainingDays < 1) return [];
  const title = calendarText().file.exercise(exerciseWords(exercise).name);
  const wake = requireClockTime(settings.wakeTime);
  return exerciseReminderTimes(exercise.timesPerDay, settings).map((clock) => ({
    uid: `${plan.id}-exercise-${exercise.id}-${clock.replace(':', '')}@aftercare`,
    title,
    description: numberedSteps(exercise),
    // A time after midnight in a waking day that runs past it falls on the next calendar date.
    start: floatingDateTime(requireClockTime(clock) < wake ? addIsoDays(first, 1) : first, clock),
    startOutputType: 'local',
    duration: { minutes: EXERCISE_MINUTES },
    recurrenceRule: `FREQ=DAILY;COUNT=${remainingDays}`,
    alarms: [displayAlarm(title, AT_START)],
    sequence: stamp.sequence,
    timestamp: stamp.now,
  }));
}

/** A daily repeating event per exercise round for as long as the care plan runs. */
export function allExerciseEvents(plan: CarePlan, settings: Settings, stamp: Stamp): CalendarEvent[] {
  return plan.exercises.flatMap((exercise) => exerciseEvents(plan, exercise, settings, stamp));
}

/**
 * The series' next appointment (carePlan/series.ts), if one is still ahead, with a reminder the day
 * before. Each appointment of the series has a UID of its own; the first keeps the one it always had.
 */
export function appointmentEvents(plan: CarePlan, { now, sequence }: Stamp, changes: readonly AppointmentChange[] = []): CalendarEvent[] {
  const next = nextAppointmentOf(seriesAppointments(plan, changes), now);
  if (!next) return [];
  const words = calendarText().file;
  const title = words.appointment(plan.therapist.name);
  const index = next.appointment.index;
  return [{
    uid: `${plan.id}-appointment${index === 0 ? '' : `-${index + 1}`}@aftercare`,
    title,
    start: next.appointment.at,
    startOutputType: 'utc',
    duration: { hours: 1 },
    alarms: [displayAlarm(words.dayBefore(title), { days: 1, before: true })],
    sequence,
    timestamp: now,
  }];
}
