import type { HydrationPlan, PlanReason } from '../../domain/hydration';
import { formatClockTime, localDateKey } from '../../domain/time';

/** "4–5 glasses by 22:30" (or "… by 09:45 tomorrow" when the plan runs into the next morning). */
export function targetSentence(plan: HydrationPlan): string {
  const { min, max } = plan.range;
  const amount = min === max ? `${min} glasses` : `${min}–${max} glasses`;
  const by = formatClockTime(plan.dueBy, plan.timeZone);
  const sameDay = localDateKey(plan.dueBy, plan.timeZone) === localDateKey(plan.startsAt, plan.timeZone);
  return `${amount} by ${by}${sameDay ? '' : ' tomorrow'}`;
}

/** Why the plan asks for this much, relaying the therapist's advice in plain words. */
export function reasonText(reason: PlanReason, threshold: number, range: HydrationPlan['range']): string {
  const amount = range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
  switch (reason) {
    case 'usual-below-threshold':
      return `You usually drink less than ${threshold} glasses a day, so the advice is at least ${amount} glasses, spread over the rest of the day.`;
    case 'usual-meets-threshold':
      return `You already drink about ${threshold} glasses a day or more, so ${amount} extra glasses are enough.`;
    case 'deep-work':
      return 'Deeper work (deep tissue, trigger point, myofascial, or firm to deep pressure) points to the upper end.';
    case 'lighter-work':
      return 'Lighter work points to the lower end of the range.';
    case 'physician-approval':
      return 'This kind of session calls for your physician to approve the plan.';
  }
}

// Its own module, so the home screen can show a count without the rest of this wording.
export { formatGlasses } from './formatGlasses';
