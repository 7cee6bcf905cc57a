import { signal } from '@preact/signals-core';
import type { DrinkRecord } from '../../storage/schema';
import { recentDrinks } from './hydrationSignals';
import { storageProblem, store } from '../data/storeState';

/**
 * Drinks the user logged that storage refused (quota, a failed transaction). They stay on screen
 * and in the count, and are written again until storage takes them: never silently dropped.
 */
export const unsavedDrinks = signal<DrinkRecord[]>([]);

const RETRY_EVERY_MS = 15_000;
let retryTimer: ReturnType<typeof setInterval> | undefined;

export function keepUnsaved(drink: DrinkRecord): void {
  unsavedDrinks.value = [...unsavedDrinks.value.filter((d) => d.id !== drink.id), drink];
  retryTimer ??= setInterval(() => void retryUnsavedDrinks(), RETRY_EVERY_MS);
}

export function forgetUnsaved(id: string): void {
  unsavedDrinks.value = unsavedDrinks.value.filter((d) => d.id !== id);
}

export function isUnsaved(id: string): boolean {
  return unsavedDrinks.value.some((d) => d.id === id);
}

/** Adds the still-unsaved drinks of the days `from`…`to` to a list read from storage. */
export function withUnsaved(from: string, to: string, stored: DrinkRecord[]): DrinkRecord[] {
  const extra = unsavedDrinks.value.filter((d) => d.day >= from && d.day <= to && !stored.some((s) => s.id === d.id));
  return [...stored, ...extra].sort((a, b) => a.at - b.at);
}

/** Tries every unsaved drink again; clears the warning once all are stored. */
export async function retryUnsavedDrinks(): Promise<void> {
  for (const drink of unsavedDrinks.value) {
    try {
      await store.value.putDrink(drink);
      forgetUnsaved(drink.id);
    } catch {
      return; // Storage is still refusing; the timer tries again later.
    }
  }
  if (unsavedDrinks.value.length === 0) {
    clearInterval(retryTimer);
    retryTimer = undefined;
    storageProblem.value = null;
    recentDrinks.value = [...recentDrinks.value];
  }
}

globalThis.addEventListener?.('online', () => void retryUnsavedDrinks());
