import type { HydrationPlan, WaterReminder } from './hydrationPlan';

/** Glass counts come from float sums of ml; 2.9999999 glasses is three glasses. */
const COUNT_TOLERANCE = 1e-9;

/** The next reminder still worth firing, or undefined once the goal is met (or none are left). */
export function nextReminder(plan: HydrationPlan, countedGlasses: number, now: number): WaterReminder | undefined {
  const drunk = Math.floor(countedGlasses + COUNT_TOLERANCE);
  if (drunk >= plan.goalGlasses) return undefined;
  return plan.reminders.find((reminder) => reminder.glassNumber > drunk && reminder.at >= now);
}
