/**
 * What a notification's buttons do, straight against storage, so the service worker can do them
 * with the app closed and the page can do the same: one code path for both. ("Log a glass" needs
 * the day model and lives in glassAction.ts, loaded only when it is used.)
 */
import type { AftercareDatabase } from '../db';
import { markRemindersHandled, putSnooze } from './reminderLogRepo';
import type { SnoozeRecord } from '../schema';
import { snoozeOf } from '../../domain/reminders';

/** Snoozes a reminder: it comes back after the snooze time, and the original is marked handled. */
export async function snoozeReminder(db: AftercareDatabase, reminderId: string, now: number): Promise<SnoozeRecord> {
  const snooze = snoozeOf(reminderId, now);
  await putSnooze(db, snooze);
  // The notification pressed (a snoozed one, perhaps) is handled; the snooze brings back the original.
  await markRemindersHandled(db, [{ id: reminderId, handledAt: now, how: 'snoozed' }]);
  return snooze;
}
