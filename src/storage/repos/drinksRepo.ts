import type { AftercareDatabase } from '../db';
import type { DrinkRecord } from '../schema';

/** One session's drinks, oldest first, read through the [sessionId, at] index so a long history stays cheap. */
export async function drinksForSession(db: AftercareDatabase, sessionId: string): Promise<DrinkRecord[]> {
  const range = IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]);
  return db.getAllFromIndex('drinks', 'by-session-at', range);
}

/** Adds or replaces a drink. */
export async function putDrink(db: AftercareDatabase, drink: DrinkRecord): Promise<void> {
  await db.put('drinks', drink);
}

/** Deletes a drink. */
export async function deleteDrink(db: AftercareDatabase, id: string): Promise<void> {
  await db.delete('drinks', id);
}
