/**
 * What a notification's buttons do, straight against storage, so the service worker can do them
 * with the app closed and the page can do the same: one code path for both.
 */
import type { AftercareDatabase } from '../db';
import { putDrink } from './drinksRepo';
import { markRemindersHandled, putSnooze } from './reminderLogRepo';
import type { DrinkRecord, SnoozeRecord } from '../schema';
import { latestSession } from './sessionsRepo';
import { glassOfWater } from '../../domain/hydration';
import { snoozeOf } from '../../domain/reminders';

/** "Log a glass": a glass of water against the newest plan. Undefined when there is no plan. */
export async function logGlassOfWater(db: AftercareDatabase, now: number): Promise<DrinkRecord | undefined> {
  const session = await latestSession(db);
  if (!session) return undefined;
  const drink = glassOfWater(session, now, crypto.randomUUID());
  await putDrink(db, drink);
  return drink;
}

/** Snoozes a reminder: it comes back after the snooze time, and the original is marked handled. */
export async function snoozeReminder(db: AftercareDatabase, reminderId: string, now: number): Promise<SnoozeRecord> {
  const snooze = snoozeOf(reminderId, now);
  await putSnooze(db, snooze);
  // The notification pressed (a snoozed one, perhaps) is handled; the snooze brings back the original.
  await markRemindersHandled(db, [{ id: reminderId, handledAt: now, how: 'snoozed' }]);
  return snooze;
}
