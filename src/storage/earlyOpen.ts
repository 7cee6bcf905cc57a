import { DB_NAME, DB_VERSION } from './schema';
import type { TodayData, TodayWindow } from './repos/todayRepo';

/** The mark main.tsx sets on its first line: where `npm run bench` measures the start from. */
export const APP_START_MARK = 'aftercare:start';

/**
 * Records `name` as the time since main.tsx's mark, for `npm run bench`. Only when the mark is there:
 * measuring from a missing one throws, and tests call the start without main.tsx.
 */
export function measureSinceAppStart(name: string): void {
  if (performance.getEntriesByName(APP_START_MARK).length) performance.measure(name, APP_START_MARK);
}

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
export function openCurrentDatabase(loadWindow: () => Promise<TodayWindow>): Promise<EarlyStart | undefined> {
  const opened = new Promise<IDBDatabase | undefined>((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch {
      return resolve(undefined); // No IndexedDB here; openIdbStore says so in words.
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      resolve(request.result);
      // `npm run bench` reports how much of opening Today is IndexedDB's own open.
      measureSinceAppStart('aftercare:database-open');
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
  });
  // The read and the window (its date formatting) come as one small chunk of their own, fetched while
  // the database opens, rather than in the entry, where they cost the first screen about 0.6 KB gzip.
  // The open is asked for first: it takes longer than a fetch from the service worker's cache.
  const reader = Promise.all([import('./repos/todayRepo'), loadWindow()]);
  reader.catch(() => undefined); // Read later, where a failure means "read the usual way".
  return opened.then(async (db) => {
    if (!db) return undefined;
    try {
      const [{ readToday }, window] = await reader;
      const today = readToday(db, window).then((read) => (read.dayFilingPending ? undefined : read.today), () => undefined);
      return { db, window, today };
    } catch {
      db.close(); // The chunk did not load: openIdbStore opens and reads the usual way.
      return undefined;
    }
  });
}
