import { signal } from '@preact/signals-core';
import { memoryStore } from '../../storage/memoryStore';
import type { AftercareStore } from '../../storage/store';

/** Where data is kept this visit; starts in memory until IndexedDB has opened. */
export const store = signal<AftercareStore>(memoryStore());

/**
 * Why data can't be kept right now, or null; the notice says it in the reader's language
 * (i18n/en/data.ts `problem`), so a language switch changes it too.
 */
export type StorageProblem = 'unavailable' | 'full' | 'notSaved';
export const storageProblem = signal<StorageProblem | null>(null);

/** Set when another tab upgraded the database and this tab must reload. */
export const reloadRequired = signal(false);

/** Opens IndexedDB; when it can't, keeps working in memory and says so. */
export async function openStore(open: () => Promise<AftercareStore>): Promise<void> {
  try {
    store.value = await open();
    storageProblem.value = null;
  } catch (error) {
    console.warn('IndexedDB unavailable; keeping data in memory for this visit', (error as Error).name);
    storageProblem.value = 'unavailable';
  }
}

/** Runs a write; on failure says so in words and rethrows so the caller keeps its input. */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const name = (error as Error).name;
    storageProblem.value = name === 'QuotaExceededError' ? 'full' : 'notSaved';
    throw error;
  }
}
