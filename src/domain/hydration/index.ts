/** The hydration plan: how much water after a session, when to be reminded, what counts. */
export { type BeverageId, BEVERAGES, countsTowardGoal } from './beverages';
export { type HydrationPlan, planHydration, type SessionInput } from './hydrationPlan';
export { type PlanReason } from './hydrationTarget';
export { nextReminder } from './nextReminder';
export { isPlanCurrent, sessionStillNeedsWater } from './planLifetime';
export { glassOfWater } from './quickDrink';
export { countedGlasses, progressFraction, wholeGlasses } from './progress';
export { formatVolume, fromMl, toMl } from './units';
