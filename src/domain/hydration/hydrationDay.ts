/**
 * Days are days: which plan a glass counts toward, and what a day's water comes to.
 *
 * - A hydration plan belongs to its waking day (`plan.day`). It is *current* from its start until
 *   that day ends (the middle of the night after it), or until its last carried-over reminder the
 *   next morning if glasses carried. A plan whose start is still ahead (a session after bedtime) is
 *   *upcoming*: it says "tomorrow" and nothing counts toward it yet.
 * - A drink is filed under a day (`day`) when it is logged: the current plan's day, with that plan's
 *   `sessionId`, or else its own waking day with no plan. So water on a day without a session is
 *   that day's own log, measured against the everyday amount from Settings (`goodDailyGlasses`), and
 *   is never attached to an older plan.
 * - A second session while a plan is current starts a new plan for the rest of the day. Glasses
 *   already logged stay with the plan they were drunk for (never counted twice); the day shows the
 *   new plan, and says what the earlier one came to (never silently lost).
 */
import type { HydrationPlan } from './hydrationPlan';
import { countsTowardGoal } from './beverages';
import { countedGlasses, type LoggedDrink } from './progress';
import { wakingDay, wakingDayOf, type DayClock } from '../time/wakingDay';
import type { IsoDate } from '../time/localDay';

/** What the day model needs of a saved session (records.ts SessionRecord fits). */
export interface DaySession {
  id: string;
  createdAt: number;
  plan: HydrationPlan;
  glassMl: number;
}

/** What the day model needs of a logged drink (records.ts DrinkRecord fits). */
export interface DayDrink extends LoggedDrink {
  id: string;
  at: number;
  day: IsoDate;
  sessionId?: string;
}

/** When a plan stops taking glasses: the end of its waking day (in its own zone), or its last carried reminder. */
export function planEndsAt(plan: HydrationPlan, clock: DayClock): number {
  return Math.max(wakingDay(plan.day, clock, plan.timeZone).ends, plan.dueNextDay ? plan.dueBy : 0);
}

const newestFirst = <T extends DaySession>(sessions: readonly T[]) => [...sessions].sort((a, b) => b.createdAt - a.createdAt);

/** The plan glasses count toward at `at`: the newest one that has started and not ended. */
export function currentPlanAt<T extends DaySession>(sessions: readonly T[], at: number, clock: DayClock): T | undefined {
  return newestFirst(sessions).find((s) => s.plan.startsAt <= at && at < planEndsAt(s.plan, clock));
}

/** The newest plan that has not started yet (made after bedtime for the next day). */
export function upcomingPlanAt<T extends DaySession>(sessions: readonly T[], at: number): T | undefined {
  return newestFirst(sessions).find((s) => s.plan.startsAt > at);
}

/** Where a drink logged at `at` is filed: its day, and the plan it counts toward if one is current. */
export function placeDrink(at: number, sessions: readonly DaySession[], clock: DayClock, timeZone: string): { day: IsoDate; sessionId?: string } {
  const current = currentPlanAt(sessions, at, clock);
  return current ? { day: current.plan.day, sessionId: current.id } : { day: wakingDayOf(at, clock, timeZone) };
}

export interface PlanResult<S extends DaySession = DaySession> {
  session: S;
  /** Glasses that counted toward this plan (exact, 1.2 for 300 ml in 250 ml glasses). */
  counted: number;
  goal: number;
  met: boolean;
}

export interface DayWater<S extends DaySession = DaySession> {
  day: IsoDate;
  /** The day's plans, oldest first: the last is the day's plan, earlier ones were followed by a second session. */
  plans: PlanResult<S>[];
  /** Glasses logged on the day toward no plan (before a session, or on a day without one). */
  ownCounted: number;
  /** Drinks logged that don't count (sugary, alcohol, coffee). */
  others: number;
  /** The day's result: its last plan's, or its own log against the everyday amount. */
  result: { counted: number; goal: number; met: boolean; kind: 'plan' | 'everyday' };
}

/** Glass counts are float sums of ml; 4.9999999 of 5 glasses is the goal met. */
const COUNT_TOLERANCE = 1e-9;
const met = (counted: number, goal: number) => counted + COUNT_TOLERANCE >= goal;

/**
 * One day's water. `sessions` and `drinks` may hold other days too; only this day's are used.
 * `everyday` is the everyday amount from Settings, with the glass size to count in.
 */
export function dayWater<S extends DaySession>(day: IsoDate, sessions: readonly S[], drinks: readonly DayDrink[], everyday: { glasses: number; glassMl: number }): DayWater<S> {
  const own = drinks.filter((d) => d.day === day);
  const plans = sessions
    .filter((s) => s.plan.day === day)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((session) => {
      const counted = countedGlasses(own.filter((d) => d.sessionId === session.id), session.glassMl);
      return { session, counted, goal: session.plan.goalGlasses, met: met(counted, session.plan.goalGlasses) };
    });
  const planIds = new Set(plans.map((p) => p.session.id));
  const ownCounted = countedGlasses(own.filter((d) => d.sessionId === undefined || !planIds.has(d.sessionId)), everyday.glassMl);
  const last = plans[plans.length - 1];
  const result = last
    ? { counted: last.counted, goal: last.goal, met: last.met, kind: 'plan' as const }
    : { counted: ownCounted, goal: everyday.glasses, met: met(ownCounted, everyday.glasses), kind: 'everyday' as const };
  return { day, plans, ownCounted, others: own.filter((d) => !countsTowardGoal(d.beverage)).length, result };
}

function groupBy<T>(items: readonly T[], key: (item: T) => IsoDate): Map<IsoDate, T[]> {
  const groups = new Map<IsoDate, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Every day with a plan or a drink, newest first, each once. */
export function waterDays<S extends DaySession>(sessions: readonly S[], drinks: readonly DayDrink[], everyday: { glasses: number; glassMl: number }): DayWater<S>[] {
  const bySessionDay = groupBy(sessions, (s) => s.plan.day);
  const byDrinkDay = groupBy(drinks, (d) => d.day);
  return [...new Set([...bySessionDay.keys(), ...byDrinkDay.keys()])]
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    .map((day) => dayWater(day, bySessionDay.get(day) ?? [], byDrinkDay.get(day) ?? [], everyday));
}
