import { DB_NAME, DB_VERSION } from './schema';
import { readToday, type TodayData, type TodayWindow } from './repos/todayRepo';

/** A connection opened before the storage code loaded, and Today's records read on it at once. */
export interface EarlyStart {
  /** Open at today's version. */
  db: IDBDatabase;
  /** What Today's records were read for. */
  window: TodayWindow;
  /**
   * Today's records, or undefined when they can't be used: the v4 filing (db.ts) is still to run,
   * so drinks are not all under their days yet, or the read failed. Never rejects.
   */
  today: Promise<TodayData | undefined>;
}

/**
 * Asks IndexedDB to open the app's database while the storage code is still downloading, and reads
 * Today's records (for the window `windowNow()` gives) the moment it opens, so the open and the read
 * (the slowest steps before today's data is in memory) overlap the download; main.tsx calls it first
 * thing. Only a database already at today's version is taken: one that needs the upgrade ladder (a
 * first visit, an update) is left to openAftercareDB, which carries the ladder. Never rejects.
 */
export function openCurrentDatabase(windowNow: () => TodayWindow): Promise<EarlyStart | undefined> {
  // The window is worked out while the database opens, in a task of its own after the first render's
  // (or when it has opened, if that comes first): its date formatting (Intl, about a millisecond the
  // first time) then delays neither the render nor the read. (The main thread is never idle that
  // early, so requestIdleCallback would come too late.)
  let window: TodayWindow | undefined;
  const workOutWindow = () => (window ??= windowNow());
  setTimeout(workOutWindow);
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch {
      return resolve(undefined); // No IndexedDB here; openIdbStore says so in words.
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      const window = workOutWindow();
      const today = readToday(db, window).then((read) => (read.dayFilingPending ? undefined : read.today), () => undefined);
      resolve({ db, window, today });
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
  });
}
