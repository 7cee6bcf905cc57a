/**
 * Every reminder the app can give, as one list with stable ids, built from the plans. The page's
 * timers, the service worker, the push server and the calendar all read this list, so a reminder
 * has one identity on every road it can take (its notification `tag` is its id). Kinds, ids, titles
 * and the screen a tap opens come from the shared contract (src/contract/reminders.js).
 */
import { KIND_RULES, type ReminderKind } from '../../contract/reminders.js';
import type { HydrationPlan } from '../hydration/hydrationPlan';
import { wholeGlasses } from '../hydration/progress';
import { waterText } from '../i18n/en/water';

export type { ReminderKind };

export interface AppReminder {
  id: string;
  kind: ReminderKind;
  at: number;
  /** After this a missed reminder is no longer worth showing. */
  expiresAt: number;
  title: string;
  body: string;
  /** The screen a tap opens. */
  url: string;
}

const HOUR_MS = 3_600_000;

/** Water reminders not yet satisfied by logging, their body in the active language; they expire at the plan's deadline. */
export function waterReminders(plan: HydrationPlan, countedGlasses: number): AppReminder[] {
  const drunk = wholeGlasses(countedGlasses);
  if (drunk >= plan.goalGlasses) return [];
  const t = waterText();
  return plan.reminders
    .filter((r) => r.glassNumber > drunk)
    .map((r) => ({
      id: r.id,
      kind: 'water' as const,
      at: r.at,
      expiresAt: Math.max(plan.dueBy, r.at) + HOUR_MS,
      title: KIND_RULES.water.title,
      body: t.reminderBody(r.glassNumber, plan.goalGlasses),
      url: KIND_RULES.water.url,
    }));
}

/** Ids of a plan's water reminders that logging has already satisfied: never shown again. */
export function satisfiedWaterReminderIds(plan: HydrationPlan, countedGlasses: number): string[] {
  const drunk = wholeGlasses(countedGlasses);
  return plan.reminders.filter((r) => r.glassNumber <= drunk || drunk >= plan.goalGlasses).map((r) => r.id);
}
