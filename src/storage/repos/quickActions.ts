/**
 * What a notification's buttons do, straight against storage, so the service worker can do them
 * with the app closed and the page can do the same: one code path for both. ("Log a glass" needs
 * the day model and lives in glassAction.ts, loaded only when it is used.)
 */
import type { AftercareDatabase } from '../db';
import { markRemindersHandled, putSnooze } from './reminderLogRepo';
import type { SnoozeRecord } from '../schema';

export const SNOOZE_MS = 15 * 60_000;

/** "Snooze 15 min": the reminder comes back as a new one, with an id of its own. */
export function snoozeOf(reminderId: string, now: number): SnoozeRecord {
  return { id: `${reminderId}:snoozed:${now}`, reminderId, at: now + SNOOZE_MS };
}

export async function snoozeReminder(db: AftercareDatabase, reminderId: string, now: number): Promise<SnoozeRecord> {
  const snooze = snoozeOf(reminderId, now);
  await putSnooze(db, snooze);
  await markRemindersHandled(db, [{ id: reminderId, handledAt: now, how: 'snoozed' }]);
  return snooze;
}
