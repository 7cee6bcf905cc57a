import { planEndsAt, planHydration } from '../../domain/hydration';
import type { AppointmentChange, CarePlan } from '../../domain/carePlan';
import type { CheckInAnswer } from '../../domain/checkIns';
import type { ExerciseCheck } from '../../domain/exercises';
import type { SessionRecord } from '../../storage/schema';
import { activeCarePlan, checkInAnswers, exerciseChecks } from './carePlanState';
import { settings } from '../hydration/hydrationSignals';
import { guardedWrite, store } from '../data/storeState';
import { announceChange, reloadFromStore } from '../data/sync';
import { checkReminders } from '../reminders/reminderRuntime';

/**
 * The hydration session a therapist's plan implies; its id follows the plan's, so accepting twice
 * adds nothing. Only while its day is not over: a plan opened days later has no water left to plan.
 */
function sessionFromPlan(plan: CarePlan, now: number): SessionRecord | undefined {
  const id = `${plan.id}-session`;
  const current = settings.value;
  const hydration = planHydration({ sessionId: id, session: plan.session, settings: current, timeZone: plan.timeZone });
  if (now >= planEndsAt(hydration, current)) return undefined;
  return { id, createdAt: now, session: plan.session, plan: hydration, glassMl: current.glassMl, carePlanId: plan.id };
}

/** Whether this device already holds the plan (the same link opened twice). */
export async function hasCarePlan(id: string): Promise<boolean> {
  return (await store.value.getCarePlan(id)) !== undefined;
}

/** Saves an accepted plan and its hydration session in one transaction; a repeat adds nothing. */
export async function acceptCarePlan(plan: CarePlan, now = Date.now()): Promise<void> {
  if (await hasCarePlan(plan.id)) return;
  await guardedWrite(() => store.value.acceptCarePlan({ id: plan.id, acceptedAt: now, plan }, sessionFromPlan(plan, now)));
  await reloadFromStore();
  announceChange();
  // Its reminders start now, not at the next open of the app.
  void checkReminders();
}

/** Records how many sets of one round are done (replacing the earlier count). */
export async function checkOffSets(check: ExerciseCheck): Promise<void> {
  await guardedWrite(() => store.value.putExerciseCheck(check));
  const same = (c: ExerciseCheck) => c.exerciseId === check.exerciseId && c.localDate === check.localDate && c.round === check.round;
  exerciseChecks.value = [...exerciseChecks.value.filter((c) => !same(c)), check];
  announceChange();
  void checkReminders();
}

export async function answerCheckIn(answer: CheckInAnswer): Promise<void> {
  const record = activeCarePlan.value;
  if (!record) throw new Error('No plan to check in for');
  const stored = { ...answer, carePlanId: record.id };
  await guardedWrite(() => store.value.putCheckIn(stored));
  checkInAnswers.value = [...checkInAnswers.value.filter((a) => a.checkInId !== answer.checkInId), stored];
  announceChange();
  void checkReminders();
}

/** Records that an appointment of the series was moved (to a new time) or cancelled. */
export async function changeAppointment(change: AppointmentChange): Promise<void> {
  const record = activeCarePlan.value;
  if (!record) throw new Error('No plan to change an appointment of');
  await guardedWrite(() => store.value.changeAppointment(record.id, change));
  await reloadFromStore();
  announceChange();
}
