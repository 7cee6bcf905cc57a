import { signal } from '@preact/signals-core';
import { memoryStore } from '../../storage/memoryStore';
import type { AftercareStore } from '../../storage/store';

/** Where data is kept this visit; starts in memory until IndexedDB has opened. */
export const store = signal<AftercareStore>(memoryStore());

/** A plain-English storage problem to show the user, or null. */
export const storageProblem = signal<string | null>(null);

/** Set when another tab upgraded the database and this tab must reload. */
export const reloadRequired = signal(false);

/** Opens IndexedDB; when it can't, keeps working in memory and says so. */
export async function openStore(open: () => Promise<AftercareStore>): Promise<void> {
  try {
    store.value = await open();
    storageProblem.value = null;
  } catch (error) {
    console.warn('IndexedDB unavailable; keeping data in memory for this visit', (error as Error).name);
    storageProblem.value =
      "This browser won't let Aftercare save data (private mode or storage blocked). Everything works for this visit, but it will be gone when you close the app.";
  }
}

/** Runs a write; on failure says so in words and rethrows so the caller keeps its input. */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const name = (error as Error).name;
    storageProblem.value =
      name === 'QuotaExceededError'
        ? 'Your phone is out of storage space for Aftercare, so that was not saved. Free some space and try again.'
        : 'Aftercare could not save that just now. Please try again.';
    throw error;
  }
}
