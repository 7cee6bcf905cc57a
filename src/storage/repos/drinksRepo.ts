import type { AftercareDatabase } from '../db';
import type { DrinkRecord } from '../schema';

/** One session's drinks, oldest first, read through the [sessionId, at] index so a long history stays cheap. */
export async function drinksForSession(db: AftercareDatabase, sessionId: string): Promise<DrinkRecord[]> {
  const range = IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]);
  return db.getAllFromIndex('drinks', 'by-session-at', range);
}

/** Drinks filed under the days `from`…`to` (both included), by day then time. */
export async function drinksForDays(db: AftercareDatabase, from: string, to: string): Promise<DrinkRecord[]> {
  return db.getAllFromIndex('drinks', 'by-day-at', IDBKeyRange.bound([from, -Infinity], [to, Infinity]));
}

/** Every drink, for History's day-by-day list. */
export async function allDrinks(db: AftercareDatabase): Promise<DrinkRecord[]> {
  return db.getAllFromIndex('drinks', 'by-day-at');
}

/** Adds or replaces a drink. */
export async function putDrink(db: AftercareDatabase, drink: DrinkRecord): Promise<void> {
  await db.put('drinks', drink);
}

/** Deletes a drink. */
export async function deleteDrink(db: AftercareDatabase, id: string): Promise<void> {
  await db.delete('drinks', id);
}
