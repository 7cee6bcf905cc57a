import type { HydrationPlan, WaterReminder } from './hydrationPlan';
import { wholeGlasses } from './progress';

/** The next reminder still worth firing, or undefined once the goal is met (or none are left). */
export function nextReminder(plan: HydrationPlan, countedGlasses: number, now: number): WaterReminder | undefined {
  const drunk = wholeGlasses(countedGlasses);
  if (drunk >= plan.goalGlasses) return undefined;
  return plan.reminders.find((reminder) => reminder.glassNumber > drunk && reminder.at >= now);
}
