/**
 * What a notification's buttons do, straight against storage, so the service worker can do them
 * with the app closed and the page can do the same: one code path for both.
 */
import { snoozeOf } from '../contract/reminders.js';
import type { AftercareDatabase } from './db';
import { putDrink } from './drinksRepo';
import { markRemindersHandled, putSnooze } from './reminderLogRepo';
import type { DrinkRecord, SessionRecord, SnoozeRecord } from './schema';
import { latestSession } from './sessionsRepo';

/** "Snooze 15 min": the reminder comes back as a new one, with an id of its own (the contract's format). */
export { snoozeOf };

/** The glass of water "Log a glass" records against a plan. */
export function glassOfWater(session: SessionRecord, now: number): DrinkRecord {
  return { id: crypto.randomUUID(), planId: session.id, at: now, beverage: 'water', volumeMl: session.glassMl };
}


/** "Log a glass": a glass of water against the newest plan. Undefined when there is no plan. */
export async function logGlassOfWater(db: AftercareDatabase, now: number): Promise<DrinkRecord | undefined> {
  const session = await latestSession(db);
  if (!session) return undefined;
  const drink = glassOfWater(session, now);
  await putDrink(db, drink);
  return drink;
}

export async function snoozeReminder(db: AftercareDatabase, reminderId: string, now: number): Promise<SnoozeRecord> {
  const snooze = snoozeOf(reminderId, now);
  await putSnooze(db, snooze);
  // The notification pressed (a snoozed one, perhaps) is handled; the snooze brings back the original.
  await markRemindersHandled(db, [{ id: reminderId, handledAt: now, how: 'snoozed' }]);
  return snooze;
}
