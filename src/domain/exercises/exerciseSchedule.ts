/**
 * Which home exercises are due on a day, and how many of their sets the client has checked off.
 *
 * Days are local calendar days in the plan's time zone. An exercise runs for `durationDays` days
 * counted from the session day, which is day 1: a 21-day exercise after a Tuesday session is due
 * up to and including the Monday three weeks later. Weeks are plan weeks (days 1–7, 8–14, …), not
 * calendar weeks, so "week 2" means the same to the client and the therapist wherever they live.
 */
import type { CarePlan } from '../carePlan/carePlan';
import type { Exercise } from './exerciseLibrary';
import { addIsoDays, daysBetween, isIsoDate, isoDateOf, type IsoDate } from '../time/localDay';

/** Sets checked off for one round (one of the `timesPerDay` sittings) of an exercise on a day. */
export interface ExerciseCheck {
  carePlanId: string;
  exerciseId: string;
  localDate: IsoDate;
  /** 1..timesPerDay. */
  round: number;
  setsDone: number;
}

export interface ScheduledExercise {
  exercise: Exercise;
  /** 1-based day of this exercise. */
  dayNumber: number;
  lastDate: IsoDate;
  /** sets × timesPerDay. */
  setsExpected: number;
}

/** Without exercises a plan still runs its check-ins for six weeks. */
export const PLAN_DAYS_WITHOUT_EXERCISES = 42;

/** The local date a care plan's exercises start (the day it was issued, in its time zone). */
export function planStartDate(plan: CarePlan): IsoDate {
  return isoDateOf(plan.session.endedAt, plan.timeZone);
}

/** The last day anything in the plan is due. */
export function planEndDate(plan: CarePlan): IsoDate {
  const days = Math.max(0, ...plan.exercises.map((exercise) => exercise.durationDays)) || PLAN_DAYS_WITHOUT_EXERCISES;
  return addIsoDays(planStartDate(plan), days - 1);
}

/** The plan's exercises due on `localDate`; empty before the session day, after they end, or for a malformed date. */
export function exercisesForDay(plan: CarePlan, localDate: IsoDate): ScheduledExercise[] {
  if (!isIsoDate(localDate)) return [];
  const start = planStartDate(plan);
  const dayNumber = daysBetween(start, localDate) + 1;
  if (dayNumber < 1) return [];
  return plan.exercises
    .filter((exercise) => dayNumber <= exercise.durationDays)
    .map((exercise) => ({
      exercise,
      dayNumber,
      lastDate: addIsoDays(start, exercise.durationDays - 1),
      setsExpected: exercise.sets * exercise.timesPerDay,
    }));
}

/**
 * Sets done per exercise on one day, capped at what was due. Each round counts once (the latest
 * record wins, as the app overwrites a round's record), and rounds past timesPerDay don't count.
 */
export function setsDoneOnDay(plan: CarePlan, checks: readonly ExerciseCheck[], localDate: IsoDate): Map<string, number> {
  const rounds = new Map<string, number>();
  for (const check of checks) {
    if (check.carePlanId !== plan.id || check.localDate !== localDate) continue;
    rounds.set(`${check.exerciseId}\u0000${check.round}`, check.setsDone);
  }
  const done = new Map<string, number>();
  for (const { exercise } of exercisesForDay(plan, localDate)) {
    let sets = 0;
    for (let round = 1; round <= exercise.timesPerDay; round += 1) {
      const value = rounds.get(`${exercise.id}\u0000${round}`) ?? 0;
      sets += Number.isFinite(value) ? Math.min(exercise.sets, Math.max(0, Math.floor(value))) : 0;
    }
    done.set(exercise.id, sets);
  }
  return done;
}

/** Every set due today is checked off; also true on a day with nothing due. */
export function isDoneForToday(plan: CarePlan, checks: readonly ExerciseCheck[], localDate: IsoDate): boolean {
  const done = setsDoneOnDay(plan, checks, localDate);
  return exercisesForDay(plan, localDate).every((due) => (done.get(due.exercise.id) ?? 0) >= due.setsExpected);
}

export interface AdherenceFigure {
  setsDone: number;
  setsExpected: number;
  /** setsDone / setsExpected; 0 when nothing was due. */
  fraction: number;
}

export interface Adherence {
  /** Only days with something due. */
  days: (AdherenceFigure & { date: IsoDate })[];
  /** Plan weeks with something due in the range; `weekStart` is the week's first day. */
  weeks: (AdherenceFigure & { week: number; weekStart: IsoDate })[];
  overall: AdherenceFigure;
}

const figure = (setsDone: number, setsExpected: number): AdherenceFigure =>
  ({ setsDone, setsExpected, fraction: setsExpected > 0 ? setsDone / setsExpected : 0 });

/** Every day from `fromDate` to `toDate` (clipped to the plan) with something due, with what was due and done. */
function eachDueDay(
  plan: CarePlan, checks: readonly ExerciseCheck[], fromDate: IsoDate, toDate: IsoDate,
  visit: (date: IsoDate, offset: number, due: ScheduledExercise[], done: Map<string, number>) => void,
): void {
  if (!isIsoDate(fromDate) || !isIsoDate(toDate)) return;
  const start = planStartDate(plan);
  const first = Math.max(0, daysBetween(start, fromDate));
  const last = Math.min(daysBetween(start, planEndDate(plan)), daysBetween(start, toDate));
  for (let offset = first; offset <= last; offset += 1) {
    const date = addIsoDays(start, offset);
    const due = exercisesForDay(plan, date);
    if (due.length > 0) visit(date, offset, due, setsDoneOnDay(plan, checks, date));
  }
}

/** From `fromDate` to `toDate`, both included; the range is clipped to the plan's own days. */
export function adherence(plan: CarePlan, checks: readonly ExerciseCheck[], fromDate: IsoDate, toDate: IsoDate): Adherence {
  const result: Adherence = { days: [], weeks: [], overall: figure(0, 0) };
  const start = planStartDate(plan);
  let done = 0;
  let expected = 0;
  eachDueDay(plan, checks, fromDate, toDate, (date, offset, due, doneByExercise) => {
    const doneToday = [...doneByExercise.values()].reduce((sum, sets) => sum + sets, 0);
    const expectedToday = due.reduce((sum, item) => sum + item.setsExpected, 0);
    result.days.push({ date, ...figure(doneToday, expectedToday) });
    const week = Math.floor(offset / 7) + 1;
    const current = result.weeks[result.weeks.length - 1];
    if (current?.week === week) Object.assign(current, figure(current.setsDone + doneToday, current.setsExpected + expectedToday));
    else result.weeks.push({ week, weekStart: addIsoDays(start, (week - 1) * 7), ...figure(doneToday, expectedToday) });
    done += doneToday;
    expected += expectedToday;
  });
  result.overall = figure(done, expected);
  return result;
}

/** Sets done against sets due for each exercise over `fromDate`…`toDate` (clipped to the plan), in the plan's order. */
export function adherenceByExercise(plan: CarePlan, checks: readonly ExerciseCheck[], fromDate: IsoDate, toDate: IsoDate): (AdherenceFigure & { exercise: Exercise })[] {
  const totals = new Map(plan.exercises.map((exercise) => [exercise.id, { done: 0, expected: 0 }]));
  eachDueDay(plan, checks, fromDate, toDate, (_date, _offset, due, done) => {
    for (const item of due) {
      const total = totals.get(item.exercise.id)!;
      total.done += done.get(item.exercise.id) ?? 0;
      total.expected += item.setsExpected;
    }
  });
  return plan.exercises.map((exercise) => {
    const { done, expected } = totals.get(exercise.id)!;
    return { exercise, ...figure(done, expected) };
  });
}
