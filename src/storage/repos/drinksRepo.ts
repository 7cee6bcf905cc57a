import type { AftercareDatabase } from '../db';
import type { DrinkRecord } from '../schema';

/** One plan's drinks, oldest first, read through the [planId, at] index so a long history stays cheap. */
export async function drinksForPlan(db: AftercareDatabase, planId: string): Promise<DrinkRecord[]> {
  const range = IDBKeyRange.bound([planId, -Infinity], [planId, Infinity]);
  return db.getAllFromIndex('drinks', 'by-plan-at', range);
}

export async function putDrink(db: AftercareDatabase, drink: DrinkRecord): Promise<void> {
  await db.put('drinks', drink);
}

export async function deleteDrink(db: AftercareDatabase, id: string): Promise<void> {
  await db.delete('drinks', id);
}
