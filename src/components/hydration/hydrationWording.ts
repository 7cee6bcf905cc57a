import type { DayWater, HydrationPlan, PlanReason } from '../../domain/hydration';
import type { DayClock } from '../../domain/time';
import { timeWhen } from '../../domain/time';
import { formatGlasses } from './formatGlasses';

/** "1 glass", "5 glasses": the goal, the one number every screen names. */
export function glassesText(count: number): string {
  return `${formatGlasses(count)} ${count === 1 ? 'glass' : 'glasses'}`;
}

/** "5 glasses by 22:30", or "… by 22:30 tomorrow" for a plan that runs tomorrow (timeWhen). */
export function targetSentence(plan: HydrationPlan, today: string, clock: DayClock): string {
  return `${glassesText(plan.goalGlasses)} by ${timeWhen(plan.dueBy, today, clock, plan.timeZone)}`;
}

/** A day's result in the same words wherever it is shown: "goal met (5 of 5 glasses)", "3 of 5 glasses". */
export function dayResultText(result: DayWater['result']): string {
  const figures = `${formatGlasses(result.counted)} of ${glassesText(result.goal)}`;
  const everyday = result.kind === 'everyday' ? ', your everyday amount' : '';
  return result.met ? `goal met (${figures}${everyday})` : `${figures}${everyday}`;
}

/**
 * Said wherever reminders are listed when the waking day can't hold one for every glass (issue 10:
 * any day is valid, however short or quiet); undefined when it can.
 */
export function reminderRoomText(reminders: number, glasses: number): string | undefined {
  if (reminders >= glasses) return undefined;
  if (reminders === 0) return 'No room for reminders in your waking day.';
  return `Your waking day has room for ${reminders} ${reminders === 1 ? 'reminder' : 'reminders'}, not one for every glass.`;
}

/** Who made the plan: the therapist when it came by their link, the client otherwise. */
export function planOwnerText(session: { carePlanId?: string }): string {
  return session.carePlanId ? 'your therapist’s aftercare plan' : 'your own plan, made from your answers';
}

/** Why the plan asks for this much, relaying the therapist's advice in plain words. */
export function reasonText(reason: PlanReason, threshold: number, range: HydrationPlan['range'], goal: number): string {
  const amount = range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
  switch (reason) {
    case 'usual-below-threshold':
      return `You usually drink less than ${threshold} glasses a day, so the advice is at least ${amount} glasses, spread over the rest of the day.`;
    case 'usual-meets-threshold':
      return `You already drink about ${threshold} glasses a day or more, so ${amount} extra glasses are enough.`;
    case 'deep-work':
      return `Deeper work (deep tissue, trigger point, myofascial, or firm to deep pressure) points to the upper end: your goal is ${goal}.`;
    case 'lighter-work':
      return `Lighter work points to the lower end of the range: your goal is ${goal}.`;
    case 'physician-approval':
      return 'This kind of session calls for your physician to approve the plan.';
  }
}

// Its own module (a count alone needs none of this wording); re-exported for the screens that do.
export { formatGlasses } from './formatGlasses';
