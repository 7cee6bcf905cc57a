import { signal } from '@preact/signals-core';
import type { BeverageId } from '../../domain/hydration';
import type { DrinkRecord } from '../../storage/schema';
import { activeSession, drinks } from './hydrationState';
import { guardedWrite, store } from '../data/storeState';
import { checkReminders } from '../reminders/reminderRuntime';
import { announceChange } from '../data/sync';
import { forgetUnsaved, isUnsaved, keepUnsaved } from './unsavedDrinks';

/** The last log or delete, offered for undo until the next change or until it is dismissed. */
export interface DrinkChange {
  kind: 'logged' | 'deleted';
  drink: DrinkRecord;
}

export const undoable = signal<DrinkChange | null>(null);

function sortByTime(list: DrinkRecord[]): DrinkRecord[] {
  return [...list].sort((a, b) => a.at - b.at);
}

/**
 * Logs a drink against the active plan. If storage refuses it, the drink still counts on screen,
 * the user is told, and it is written again later (unsavedDrinks.ts).
 */
export async function logDrink(beverage: BeverageId, volumeMl: number, at = Date.now()): Promise<DrinkRecord> {
  const session = activeSession.value;
  if (!session) throw new Error('No plan to log against');
  const drink: DrinkRecord = { id: crypto.randomUUID(), sessionId: session.id, at, beverage, volumeMl };
  await guardedWrite(() => store.value.putDrink(drink)).catch(() => keepUnsaved(drink));
  drinks.value = sortByTime([...drinks.value, drink]);
  undoable.value = { kind: 'logged', drink };
  announceChange();
  void checkReminders();
  return drink;
}

export async function updateDrink(drink: DrinkRecord): Promise<void> {
  // An unsaved drink keeps its newest values for the retry, whatever happens to this write.
  if (isUnsaved(drink.id)) keepUnsaved(drink);
  await guardedWrite(() => store.value.putDrink(drink));
  forgetUnsaved(drink.id);
  drinks.value = sortByTime(drinks.value.map((d) => (d.id === drink.id ? drink : d)));
  announceChange();
}

/** Deletes a drink and offers it back for undo. */
export async function deleteDrink(id: string): Promise<void> {
  const drink = drinks.value.find((d) => d.id === id);
  await removeDrink(id);
  undoable.value = drink ? { kind: 'deleted', drink } : null;
}

async function removeDrink(id: string): Promise<void> {
  if (isUnsaved(id)) forgetUnsaved(id);
  else await guardedWrite(() => store.value.deleteDrink(id));
  drinks.value = drinks.value.filter((d) => d.id !== id);
  announceChange();
  void checkReminders();
}

/** Puts a deleted drink back as it was (same id, time and size). */
async function restoreDrink(drink: DrinkRecord): Promise<void> {
  await guardedWrite(() => store.value.putDrink(drink));
  drinks.value = sortByTime([...drinks.value.filter((d) => d.id !== drink.id), drink]);
  announceChange();
  void checkReminders();
}

/** Takes back the last log (the drink goes) or the last delete (the drink comes back). */
export async function undoLastChange(): Promise<void> {
  const last = undoable.value;
  if (!last) return;
  if (last.kind === 'logged') await removeDrink(last.drink.id);
  else await restoreDrink(last.drink);
  undoable.value = null;
}
