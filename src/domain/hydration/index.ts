/** The hydration plan: how much water after a session, when to be reminded, what counts. */
export { type BeverageId, BEVERAGES, countsTowardGoal } from './beverages';
export { type HydrationPlan, planHydration, type SessionInput, type WaterReminder } from './hydrationPlan';
export { type PlanReason } from './hydrationTarget';
export { nextReminder } from './nextReminder';
export { PLAN_LOOKBACK_MS } from './planLifetime';
export { glassOfWater } from './quickDrink';
export { countedGlasses, progressFraction, wholeGlasses } from './progress';
export { formatVolume, fromMl, toMl } from './units';
export { currentPlanAt, type DayDrink, type DaySession, type DayWater, dayWater, placeDrink, planEndsAt, type PlanResult, waterDays } from './hydrationDay';
export { planResult, todayWater, type TodayWater } from './hydrationToday';
