import { DB_NAME, DB_VERSION } from './schema';

/**
 * Asks IndexedDB to open the app's database while the storage code is still downloading, so the open
 * (the slowest step before the first read) overlaps the download; main.tsx calls it first thing. Only
 * a database already at today's version is taken: one that needs the upgrade ladder (a first visit,
 * an update) is left to openAftercareDB, which carries the ladder. Never rejects.
 */
export function openCurrentDatabase(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch {
      return resolve(undefined); // No IndexedDB here; openIdbStore says so in words.
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
  });
}
