/**
 * What the therapist's plan means at this moment: its day (the client's waking day, in the plan's
 * zone), the check-ins due, missed and next, the series' next appointment, and how the exercises
 * went. Only the plan's screens load this module (it needs the day model).
 */
import { computed } from '@preact/signals-core';
import { nextAppointmentOf, seriesAppointments } from '../../domain/carePlan';
import { checkInSchedule, checkInStatus } from '../../domain/checkIns';
import { planSummary } from '../../domain/exercises';
import { wakingDayOf } from '../../domain/time';
import { now, settings } from '../hydration/hydrationSignals';
import { language } from '../language/language';
import { activeCarePlan, checkInAnswers, exerciseChecks } from './carePlanState';

/** Today in the plan: the waking day the exercise list and check-offs belong to. */
export const planToday = computed(() => {
  const record = activeCarePlan.value;
  return record ? wakingDayOf(now.value, settings.value, record.plan.timeZone) : undefined;
});

/** The day of the session the plan came from, in the same terms. */
export const planSessionDay = computed(() => {
  const record = activeCarePlan.value;
  return record ? wakingDayOf(record.plan.session.endedAt, settings.value, record.plan.timeZone) : undefined;
});

/** The check-in to answer now, the next one, and the ones missed. */
export const checkInsNow = computed(() => {
  const record = activeCarePlan.value;
  if (!record) return { missed: [] };
  const schedule = checkInSchedule({ plan: record.plan, acceptedAt: record.acceptedAt, settings: settings.value });
  return checkInStatus(schedule, checkInAnswers.value, now.value);
});

/** Every appointment of the series, with the client's changes. */
export const appointments = computed(() => {
  const record = activeCarePlan.value;
  return record ? seriesAppointments(record.plan, record.appointmentChanges) : [];
});

/** The series' next appointment, or undefined once it is over (or there is none). */
export const nextAppointment = computed(() => nextAppointmentOf(appointments.value, now.value));

/** How the home exercises went so far, and whether their days are over. */
export const exerciseSummary = computed(() => {
  void language.value; // its text is in the language on screen, so it is written again on a switch
  const record = activeCarePlan.value;
  const today = planToday.value;
  return record && today ? planSummary(record.plan, exerciseChecks.value, today) : undefined;
});
