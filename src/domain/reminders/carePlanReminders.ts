/**
 * The therapist's plan as reminders, in the same shape as the water reminders (appReminders.ts):
 * home exercises at the times of day exerciseTimes.ts sets (in the client's waking day, which may
 * run past midnight), each check-in when it falls due until it closes, and every appointment still
 * ahead in the series the day before. None falls at night or in quiet hours (time/restTime.ts).
 * Ids are stable, so every road (page timer, push, calendar) agrees.
 */
import { KIND_RULES, reminderIds, reminderTitle } from '../../contract/reminders.js';
import { activeLocale } from '../i18n/active';
import type { AppReminder } from './appReminders';
import type { CarePlan } from '../carePlan/carePlan';
import { carePlanText } from '../i18n/en/carePlan';
import { seriesAppointments, upcomingAppointments, type AppointmentChange } from '../carePlan/series';
import { checkInSchedule, type CheckInAnswer } from '../checkIns/checkIns';
import { exercisesForDay, setsDoneOnDay, type ExerciseCheck } from '../exercises/exerciseSchedule';
import { exerciseReminderTimes } from '../exercises/exerciseTimes';
import { addIsoDays, parseIsoDate } from '../time/localDay';
import { outOfRest } from '../time/restTime';
import type { Settings } from '../settings/settings';
import { dateInDay, wakingDayOf } from '../time/wakingDay';
import { localInstant, requireClockTime } from '../time/wallClock';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface CarePlanReminderArgs {
  plan: CarePlan;
  acceptedAt: number;
  settings: Settings;
  checks: readonly ExerciseCheck[];
  answers: readonly CheckInAnswer[];
  now: number;
  /** What the client said about appointments of the series (moved, cancelled). */
  appointmentChanges?: readonly AppointmentChange[];
  /** How many days ahead to list exercise reminders; today and tomorrow by default. */
  days?: number;
}

function exerciseReminders({ plan, settings, checks, now, days = 2 }: CarePlanReminderArgs): AppReminder[] {
  const today = wakingDayOf(now, settings, plan.timeZone);
  const wake = requireClockTime(settings.wakeTime);
  const reminders: AppReminder[] = [];
  for (let offset = 0; offset < days; offset++) {
    const date = addIsoDays(today, offset);
    const due = exercisesForDay(plan, date);
    if (due.length === 0) continue;
    const rounds = Math.max(...due.map((d) => d.exercise.timesPerDay));
    const done = setsDoneOnDay(plan, checks, date);
    const allDone = due.every((d) => (done.get(d.exercise.id) ?? 0) >= d.setsExpected);
    if (allDone) continue;
    exerciseReminderTimes(rounds, settings).forEach((clock, index) => {
      const minutes = requireClockTime(clock);
      const at = localInstant(dateInDay(parseIsoDate(date)!, minutes, wake), minutes, plan.timeZone);
      reminders.push({
        id: reminderIds.exercise(plan.id, date, index + 1), kind: 'exercise', at, expiresAt: at + 3 * HOUR_MS,
        title: reminderTitle('exercise', activeLocale()), body: carePlanText().reminders.exercise(index + 1, rounds), url: KIND_RULES.exercise.url,
      });
    });
  }
  return reminders;
}

function checkInReminders({ plan, acceptedAt, settings, answers }: CarePlanReminderArgs): AppReminder[] {
  const answered = new Set(answers.map((a) => a.checkInId));
  return checkInSchedule({ plan, acceptedAt, settings })
    .filter((c) => c.kind !== 'baseline' && !answered.has(c.id))
    .map((c) => ({
      id: c.id, kind: 'check-in' as const, at: outOfRest(c.dueAt, settings, plan.timeZone), expiresAt: c.closesAt,
      title: reminderTitle('check-in', activeLocale()), body: carePlanText().reminders.checkIn, url: KIND_RULES['check-in'].url,
    }));
}

/** The day before each appointment still ahead, at its clock time moved out of rest; a moved one has a new id. */
function appointmentReminders({ plan, settings, now, appointmentChanges }: CarePlanReminderArgs): AppReminder[] {
  return upcomingAppointments(seriesAppointments(plan, appointmentChanges), now).map((appointment) => ({
    id: reminderIds.appointment(plan.id, appointment.at), kind: 'appointment' as const,
    at: Math.min(outOfRest(appointment.at - DAY_MS, settings, plan.timeZone), appointment.at), expiresAt: appointment.at,
    title: reminderTitle('appointment', activeLocale()), body: carePlanText().reminders.appointment(plan.therapist.name), url: KIND_RULES.appointment.url,
  }));
}

/** The exercise, check-in and appointment reminders a care plan asks for, from now on. */
export function carePlanReminders(args: CarePlanReminderArgs): AppReminder[] {
  return [...exerciseReminders(args), ...checkInReminders(args), ...appointmentReminders(args)];
}
