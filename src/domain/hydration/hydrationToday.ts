/**
 * What "Today" is about at a moment (hydrationDay.ts has the rules): the plan glasses count toward
 * now, a plan waiting for tomorrow, earlier plans a second session replaced, today's own log, and
 * how yesterday went once it is over.
 */
import { countedGlasses } from './progress';
import { currentPlanAt, dayWater, upcomingPlanAt, type DayDrink, type DaySession, type DayWater, type PlanResult } from './hydrationDay';
import { nextReminder } from './nextReminder';
import type { WaterReminder } from './hydrationPlan';
import type { Settings } from '../settings/settings';
import { addIsoDays, type IsoDate } from '../time/localDay';
import { wakingDayOf } from '../time/wakingDay';

export interface TodayWater<S extends DaySession = DaySession> {
  today: IsoDate;
  /** Today's plan, or yesterday's while its carried glasses run into this morning. */
  current?: PlanResult<S>;
  /** The next reminder of the current plan still worth firing. */
  nextReminder?: WaterReminder;
  /** A plan made after bedtime, starting at the next wake time. */
  upcoming?: S;
  /** Earlier plans today, followed by a second session; oldest first. */
  earlier: PlanResult<S>[];
  /** Today's glasses toward no plan, and the everyday amount they are measured against. */
  own: { counted: number; goal: number };
  /** How the last day went, once it is over (absent when it had neither plan nor drinks). */
  yesterday?: DayWater<S>['result'];
}

/** What a plan came to: the glasses logged toward it (its `sessionId`), against its goal. */
export function planResult<S extends DaySession>(session: S, drinks: readonly DayDrink[]): PlanResult<S> {
  const counted = countedGlasses(drinks.filter((d) => d.sessionId === session.id), session.glassMl);
  return { session, counted, goal: session.plan.goalGlasses, met: counted + 1e-9 >= session.plan.goalGlasses };
}

/** Today's water at `now` in `timeZone`: the module comment lists what it holds. */
export function todayWater<S extends DaySession>(now: number, sessions: readonly S[], drinks: readonly DayDrink[], settings: Settings, timeZone: string): TodayWater<S> {
  const today = wakingDayOf(now, settings, timeZone);
  const everyday = { glasses: settings.goodDailyGlasses, glassMl: settings.glassMl };
  const currentSession = currentPlanAt(sessions, now, settings);
  const current = currentSession && planResult(currentSession, drinks);
  const water = dayWater(today, sessions, drinks, everyday);
  const yesterday = dayWater(addIsoDays(today, -1), sessions, drinks, everyday);
  const yesterdayRan = yesterday.plans.length > 0 || drinks.some((d) => d.day === yesterday.day);
  const carried = current !== undefined && current.session.plan.day < today;
  return {
    today,
    ...(current ? { current, nextReminder: nextReminder(current.session.plan, current.counted, now) } : {}),
    ...withUpcoming(upcomingPlanAt(sessions, now)),
    earlier: water.plans.filter((p) => p.session.id !== current?.session.id && p.session.plan.startsAt <= now),
    own: { counted: water.ownCounted, goal: everyday.glasses },
    ...(yesterdayRan && !carried ? { yesterday: yesterday.result } : {}),
  };
}

const withUpcoming = <S>(upcoming: S | undefined) => (upcoming ? { upcoming } : {});
