/**
 * Every reminder the app can give, as one list with stable ids, built from the plans. The page's
 * timers, the service worker, the push server and the calendar all read this list, so a reminder
 * has one identity on every road it can take (its notification `tag` is its id). Kinds, ids, titles
 * and the screen a tap opens come from the shared contract (src/contract/reminders.js).
 */
import { KIND_RULES, reminderTitle, type ReminderKind } from '../../contract/reminders.js';
import type { EverydayReminders } from '../hydration/everydayReminders';
import { activeLocale } from '../i18n/active';
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

/** What water reminders are made from: a session's plan, or a day's own reminders (everydayReminders.ts). */
type WaterSchedule = Pick<HydrationPlan, 'goalGlasses' | 'reminders'>;

/** The schedule's reminders for glasses not yet drunk, each with its text and the moment it expires. */
function unsatisfied(schedule: WaterSchedule, countedGlasses: number, body: (glass: number) => string, expiresAt: (at: number) => number): AppReminder[] {
  const drunk = wholeGlasses(countedGlasses);
  if (drunk >= schedule.goalGlasses) return [];
  return schedule.reminders
    .filter((r) => r.glassNumber > drunk)
    .map((r) => ({
      id: r.id, kind: 'water' as const, at: r.at, expiresAt: expiresAt(r.at),
      title: reminderTitle('water', activeLocale()), body: body(r.glassNumber), url: KIND_RULES.water.url,
    }));
}

/** Water reminders not yet satisfied by logging, their text in the active language; they expire at the plan's deadline. */
export function waterReminders(plan: HydrationPlan, countedGlasses: number): AppReminder[] {
  return unsatisfied(plan, countedGlasses, (glass) => waterText().reminderBody(glass, plan.goalGlasses),
    (at) => Math.max(plan.dueBy, at) + HOUR_MS);
}

/** A day's own water reminders not yet satisfied by today's log; they stop at bedtime. */
export function everydayWaterReminders(everyday: EverydayReminders, countedGlasses: number): AppReminder[] {
  return unsatisfied(everyday, countedGlasses, (glass) => waterText().everydayReminderBody(glass, everyday.goalGlasses),
    () => everyday.dueBy);
}

/** Ids of a schedule's water reminders that logging has already satisfied: never shown again. */
export function satisfiedWaterReminderIds(schedule: WaterSchedule, countedGlasses: number): string[] {
  const drunk = wholeGlasses(countedGlasses);
  return schedule.reminders.filter((r) => r.glassNumber <= drunk || drunk >= schedule.goalGlasses).map((r) => r.id);
}
