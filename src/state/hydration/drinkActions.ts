import { signal } from '@preact/signals-core';
import { placeDrink, type BeverageId } from '../../domain/hydration';
import type { DrinkRecord } from '../../storage/schema';
import { deviceTimeZone } from '../deviceTimeZone';
import { now, recentDrinks, recentSessions, settings } from './hydrationSignals';
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
 * Logs a drink, filed under the current plan's day and plan, or else the day's own log
 * (domain/hydration/hydrationDay.ts). If storage refuses it, the drink still counts on screen,
 * the user is told, and it is written again later (unsavedDrinks.ts).
 */
export async function logDrink(beverage: BeverageId, volumeMl: number, at = Date.now()): Promise<DrinkRecord> {
  const drink: DrinkRecord = { id: crypto.randomUUID(), ...placeDrink(at, recentSessions.value, settings.value, deviceTimeZone()), at, beverage, volumeMl };
  await guardedWrite(() => store.value.putDrink(drink)).catch(() => keepUnsaved(drink));
  recentDrinks.value = sortByTime([...recentDrinks.value, drink]);
  // The screen counts from the same moment the drink was filed at (the clock signal ticks every 30 s).
  now.value = Math.max(now.value, at);
  undoable.value = { kind: 'logged', drink };
  announceChange();
  void checkReminders();
  return drink;
}

/** Saves a drink's new size or time. */
export async function updateDrink(drink: DrinkRecord): Promise<void> {
  // An unsaved drink keeps its newest values for the retry, whatever happens to this write.
  if (isUnsaved(drink.id)) keepUnsaved(drink);
  await guardedWrite(() => store.value.putDrink(drink));
  forgetUnsaved(drink.id);
  recentDrinks.value = sortByTime(recentDrinks.value.map((d) => (d.id === drink.id ? drink : d)));
  announceChange();
}

/** Deletes a drink and offers it back for undo. */
export async function deleteDrink(id: string): Promise<void> {
  const drink = recentDrinks.value.find((d) => d.id === id);
  await removeDrink(id);
  undoable.value = drink ? { kind: 'deleted', drink } : null;
}

async function removeDrink(id: string): Promise<void> {
  if (isUnsaved(id)) forgetUnsaved(id);
  else await guardedWrite(() => store.value.deleteDrink(id));
  recentDrinks.value = recentDrinks.value.filter((d) => d.id !== id);
  announceChange();
  void checkReminders();
}

/** Puts a deleted drink back as it was (same id, day, time and size). */
async function restoreDrink(drink: DrinkRecord): Promise<void> {
  await guardedWrite(() => store.value.putDrink(drink));
  recentDrinks.value = sortByTime([...recentDrinks.value.filter((d) => d.id !== drink.id), drink]);
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
