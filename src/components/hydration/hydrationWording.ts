/** The plan's numbers in the same words wherever they are shown (Today, Home, History), in the active language. */
import type { DayWater, HydrationPlan, PlanReason } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import type { DayClock } from '../../domain/time';
import { dayWord, formatClockTime, wakingDayOf } from '../../domain/time';
import { formatGlasses } from './formatGlasses';

/** "1 glass", "5 glasses": the goal, the one number every screen names. */
export function glassesText(count: number): string {
  return waterText().glasses(count);
}

/** The deadline's clock time, and its day when it is not today (as timeWhen names it). */
function deadline(plan: HydrationPlan, today: string, clock: DayClock): [string, string | undefined] {
  const day = wakingDayOf(plan.dueBy, clock, plan.timeZone);
  return [formatClockTime(plan.dueBy, plan.timeZone), day === today ? undefined : dayWord(day, today)];
}

/** "5 glasses by 22:30", or "… by 07:15 tomorrow" for a plan that runs into tomorrow. */
export function targetSentence(plan: HydrationPlan, today: string, clock: DayClock): string {
  return waterText().goalBy(plan.goalGlasses, ...deadline(plan, today, clock));
}

/** "2 of 5 glasses by 22:30": how far along a plan is, with its deadline. */
export function progressSentence(counted: number, plan: HydrationPlan, today: string, clock: DayClock): string {
  return waterText().countOfGoalBy(formatGlasses(counted), plan.goalGlasses, ...deadline(plan, today, clock));
}

/** "3 of 5 glasses", with the day when it is not today's ("0 of 5 glasses tomorrow"). */
export function countOfGoalText(counted: number, goal: number, on?: string): string {
  return waterText().countOfGoal(formatGlasses(counted), goal, on);
}

/** A day's result in the same words wherever it is shown: "goal met (5 of 5 glasses)", "3 of 5 glasses". */
export function dayResultText(result: DayWater['result']): string {
  return waterText().dayResult(formatGlasses(result.counted), result.goal, result.met, result.kind === 'everyday');
}

/**
 * Said wherever reminders are listed when the waking day can't hold one for every glass (issue 10:
 * any day is valid, however short or quiet); undefined when it can.
 */
export function reminderRoomText(reminders: number, glasses: number): string | undefined {
  if (reminders >= glasses) return undefined;
  const t = waterText().summary;
  return reminders === 0 ? t.noRoom : t.roomFor(reminders);
}

/** Who made the plan: the therapist when it came by their link, the client otherwise. */
export function planOwnerText(session: { carePlanId?: string }): string {
  const owner = waterText().planOwner;
  return session.carePlanId ? owner.therapist : owner.own;
}

/** Why the plan asks for this much, relaying the therapist's advice in plain words. */
export function reasonText(reason: PlanReason, threshold: number, range: HydrationPlan['range'], goal: number): string {
  const t = waterText().reasons;
  switch (reason) {
    case 'usual-below-threshold':
      return t.usualBelow(threshold, range.min, range.max);
    case 'usual-meets-threshold':
      return t.usualMeets(threshold, range.min, range.max);
    case 'deep-work':
      return t.deepWork(goal);
    case 'lighter-work':
      return t.lighterWork(goal);
    case 'physician-approval':
      return t.physicianApproval;
  }
}

// Its own module (a count alone needs none of this wording); re-exported for the screens that do.
export { formatGlasses } from './formatGlasses';
