/** The hydration plan: how much water after a session, when to be reminded, what counts. */
export { type Beverage, type BeverageId, BEVERAGES, countsTowardGoal } from './beverages';
export { type HydrationPlan, planHydration, type SessionInput, type WaterReminder } from './hydrationPlan';
export { hydrationTarget, type PlanReason } from './hydrationTarget';
export { DEFAULT_RULES } from './rules';
export { nextReminder } from './nextReminder';
export { respaceReminders } from './reminderSchedule';
export { type EverydayReminders, planEverydayReminders } from './everydayReminders';
export { PLAN_LOOKBACK_MS } from './planLifetime';
export { glassOfWater } from './quickDrink';
export { countedGlasses, progressFraction, wholeGlasses } from './progress';
export { formatVolume, fromMl, toMl } from './units';
export { type DrinkSize, drinkSizes } from './drinkSizes';
export { currentPlanAt, type DayDrink, type DaySession, type DayWater, dayWater, placeDrink, planEndsAt, type PlanResult, waterDays } from './hydrationDay';
export { planResult, todayWater, type TodayWater } from './hydrationToday';
