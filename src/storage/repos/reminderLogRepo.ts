import type { AftercareDatabase } from '../db';
import type { ReminderLogRecord, SnoozeRecord } from '../schema';

/** Ids of every reminder this device has already dealt with. */
export async function handledReminderIds(db: AftercareDatabase): Promise<Set<string>> {
  return new Set(await db.getAllKeys('reminderLog'));
}

/** Records reminders as handled, in one transaction; a reminder already handled keeps its first record. */
export async function markRemindersHandled(db: AftercareDatabase, records: ReminderLogRecord[]): Promise<void> {
  if (records.length === 0) return;
  const tx = db.transaction('reminderLog', 'readwrite');
  for (const record of records) {
    if (!(await tx.store.getKey(record.id))) await tx.store.put(record);
  }
  await tx.done;
}

/** Every snoozed reminder still waiting. */
export async function listSnoozes(db: AftercareDatabase): Promise<SnoozeRecord[]> {
  return db.getAll('snoozes');
}

/** Stores a snooze. */
export async function putSnooze(db: AftercareDatabase, snooze: SnoozeRecord): Promise<void> {
  await db.put('snoozes', snooze);
}
