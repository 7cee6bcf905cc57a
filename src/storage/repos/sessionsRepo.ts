import type { AftercareDatabase } from '../db';
import type { SessionRecord } from '../schema';

/** All sessions, newest first. */
export async function listSessions(db: AftercareDatabase): Promise<SessionRecord[]> {
  const oldestFirst = await db.getAllFromIndex('sessions', 'by-createdAt');
  return oldestFirst.reverse();
}

/** The most recent session, if any. */
export async function latestSession(db: AftercareDatabase): Promise<SessionRecord | undefined> {
  const cursor = await db.transaction('sessions').store.index('by-createdAt').openCursor(null, 'prev');
  return cursor?.value;
}

/** Sessions saved at or after `createdAt`, newest first: the ones today's water can depend on. */
export async function sessionsSince(db: AftercareDatabase, createdAt: number): Promise<SessionRecord[]> {
  const list = await db.getAllFromIndex('sessions', 'by-createdAt', IDBKeyRange.lowerBound(createdAt));
  return list.reverse();
}

/** Stores a new session with its hydration plan. */
export async function addSession(db: AftercareDatabase, record: SessionRecord): Promise<void> {
  await db.add('sessions', record);
}

/** Replaces a session already saved, e.g. with its reminders re-spaced. */
export async function putSession(db: AftercareDatabase, record: SessionRecord): Promise<void> {
  await db.put('sessions', record);
}
