/** How long a hydration plan is the one Today shows, and how old a session may be to get one. */
import type { HydrationPlan } from './hydrationPlan';

/** A plan stays current until the morning after its deadline; then it is archived (kept in History). */
export const PLAN_GRACE_MS = 12 * 3600_000;

/** A session older than this (say, in a link opened a week late) no longer gets a water plan. */
export const SESSION_WATER_USEFUL_MS = 7 * 86_400_000;

/** True while `plan` is the one Today and Home show; false once it is archived. */
export function isPlanCurrent(plan: Pick<HydrationPlan, 'dueBy'>, now: number): boolean {
  return now < plan.dueBy + PLAN_GRACE_MS;
}

/** Whether a session that ended at `endedAt` still deserves a hydration plan at `now`. */
export function sessionStillNeedsWater(endedAt: number, now: number): boolean {
  return now - endedAt < SESSION_WATER_USEFUL_MS;
}
