/**
 * Records from before schema and backup version 4, brought up to date: a plan learns its `day`, a
 * session its `carePlanId` when it came from a therapist's link, and a drink is filed under a day.
 * Shared by the database upgrade (storage/db.ts) and backup import (backup/backupFormat.ts), so both
 * roads give the same answer.
 *
 * Before v4 every drink was logged against the newest plan, however old. A drink logged while its
 * plan was still current keeps it; one logged after the plan's day was over (the bug that put a
 * 12:05 glass beside yesterday's 15:00 ones) is filed under its own day, attached to no plan.
 * Before v4 a plan's start was always in daylight hours, so its calendar date is its waking day.
 */
import { planEndsAt, type DaySession } from '../hydration/hydrationDay';
import type { Settings } from '../settings/settings';
import { isoDateOf } from '../time/localDay';
import { wakingDayOf } from '../time/wakingDay';

type Bag = Record<string, unknown>;

const CARE_PLAN_SESSION = /^(plan-[0-9a-f]{16})-session$/;

/** A session from before v4 with its plan's day, and its care plan's id when it came by link. */
export function upgradeSession<T extends Bag>(session: T): T {
  const plan = session.plan as Bag & { startsAt: number; timeZone: string; day?: string };
  const day = plan.day ?? isoDateOf(plan.startsAt, plan.timeZone);
  const carePlanId = session.carePlanId ?? CARE_PLAN_SESSION.exec(String(session.id))?.[1];
  return { ...session, plan: { ...plan, day }, ...(carePlanId === undefined ? {} : { carePlanId }) };
}

/** A drink from before v4 filed under its day (see above); `sessions` already upgraded; `settings` and `timeZone` name the days of drinks no plan kept. */
export function upgradeDrink<T extends Bag>(drink: T, sessions: ReadonlyMap<string, DaySession>, settings: Settings, timeZone: string): T {
  if (typeof drink.day === 'string') return drink;
  const at = drink.at as number;
  const session = typeof drink.sessionId === 'string' ? sessions.get(drink.sessionId) : undefined;
  if (session && at >= session.plan.startsAt && at < planEndsAt(session.plan, settings)) {
    return { ...drink, day: session.plan.day };
  }
  const { sessionId: _dropped, ...rest } = drink;
  return { ...rest, day: wakingDayOf(at, settings, session?.plan.timeZone ?? timeZone) } as unknown as T;
}
