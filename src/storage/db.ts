import { openDB, wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, PENDING_DAY_FILING_KEY, type AftercareDB } from './schema';

export type AftercareDatabase = IDBPDatabase<AftercareDB>;

/**
 * Opens (and upgrades) the database for the page, finishing the v4 filing first when it is pending
 * (addDayIndex below); the filing code loads only then. The service worker can't load code on
 * demand (no import() in a worker, and Vite's loader reads `document`), so it opens through
 * workerDatabase.ts instead.
 */
export async function openAftercareDB(onVersionChange: () => void = () => {}, name = DB_NAME): Promise<AftercareDatabase> {
  return readyForUse(await openDatabase(onVersionChange, name));
}

/**
 * Finishes what an upgrade left to do after opening (the v4 filing), also for a connection opened
 * early (adoptAftercareDB): a filing cut short by a closed tab is done on the next open.
 */
export async function readyForUse(db: AftercareDatabase): Promise<AftercareDatabase> {
  if (await needsDayFiling(db)) await (await import('./repos/dayFiling')).fileDrinksByDay(db);
  return db;
}

/** Whether the v4 upgrade left drinks to file under their days. */
export async function needsDayFiling(db: AftercareDatabase): Promise<boolean> {
  return (await db.getKey('settings', PENDING_DAY_FILING_KEY)) !== undefined;
}

/**
 * Opens (and upgrades) the database. The ladder is cumulative: a user on any released version
 * walks every later step. Never await anything but IndexedDB inside `upgrade`.
 * `onVersionChange` fires when another tab needs a newer version: we close, and the UI asks to reload.
 */
export async function openDatabase(onVersionChange: () => void, name: string): Promise<AftercareDatabase> {
  const db = await openDB<AftercareDB>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      // Rungs 1 and 2 name indexes as released; the typed schema only knows today's names.
      const raw = database as unknown as IDBDatabase;
      if (oldVersion < 1) {
        raw.createObjectStore('settings');
        raw.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-createdAt', 'createdAt');
        raw.createObjectStore('drinks', { keyPath: 'id' }).createIndex('by-plan-at', ['planId', 'at']);
      }
      if (oldVersion < 2) {
        raw.createObjectStore('carePlans', { keyPath: 'id' }).createIndex('by-acceptedAt', 'acceptedAt');
        raw.createObjectStore('exerciseChecks', { keyPath: ['planId', 'exerciseId', 'localDate', 'round'] }).createIndex('by-plan-date', ['planId', 'localDate']);
        raw.createObjectStore('checkIns', { keyPath: 'checkInId' }).createIndex('by-plan', 'planId');
        raw.createObjectStore('reminderLog', { keyPath: 'id' });
        raw.createObjectStore('snoozes', { keyPath: 'id' });
      }
      if (oldVersion < 3) renamePlanIds(transaction);
      if (oldVersion < 4) addDayIndex(transaction, oldVersion > 0);
    },
    blocking() {
      db.close();
      onVersionChange();
    },
  });
  return db;
}

/**
 * Takes over a connection opened at today's version before this code loaded (earlyOpen.ts), with the
 * same answer to another tab's upgrade as openAftercareDB: close, and let the UI ask to reload.
 */
export function adoptAftercareDB(raw: IDBDatabase, onVersionChange: () => void = () => {}): AftercareDatabase {
  raw.addEventListener('versionchange', () => {
    raw.close();
    onVersionChange();
  });
  return wrap(raw) as AftercareDatabase;
}

type UpgradeTransaction = IDBPTransaction<AftercareDB, StoreNames<AftercareDB>[], 'versionchange'>;

/**
 * v3: "plan" meant two things. A drink's `planId` held a session id (now `sessionId`); a check-off's
 * and a check-in's held a care plan id (now `carePlanId`). A key path can't change in place, so the
 * check-off store is rebuilt; every record is rewritten inside the upgrade transaction.
 */
function renamePlanIds(transaction: UpgradeTransaction): void {
  const database = transaction.db;
  const drinks = transaction.objectStore('drinks');
  (drinks as unknown as IDBObjectStore).deleteIndex('by-plan-at');
  drinks.createIndex('by-session-at', ['sessionId', 'at']);
  const checkIns = transaction.objectStore('checkIns');
  (checkIns as unknown as IDBObjectStore).deleteIndex('by-plan');
  checkIns.createIndex('by-care-plan', 'carePlanId');
  void Promise.all([drinks.getAll(), checkIns.getAll(), transaction.objectStore('exerciseChecks').getAll()]).then(([oldDrinks, oldCheckIns, oldChecks]) => {
    for (const drink of oldDrinks) void drinks.put(withRenamedId(drink, 'sessionId') as typeof drink);
    for (const checkIn of oldCheckIns) void checkIns.put(withRenamedId(checkIn, 'carePlanId') as typeof checkIn);
    database.deleteObjectStore('exerciseChecks');
    const rebuilt = database.createObjectStore('exerciseChecks', { keyPath: ['carePlanId', 'exerciseId', 'localDate', 'round'] });
    rebuilt.createIndex('by-care-plan-date', ['carePlanId', 'localDate']);
    for (const check of oldChecks) void rebuilt.put(withRenamedId(check, 'carePlanId') as typeof check);
  });
}

function withRenamedId(record: unknown, to: string): unknown {
  const { planId, ...rest } = record as Record<string, unknown>;
  return planId === undefined ? record : { ...rest, [to]: planId };
}

/**
 * v4: days are days. Drinks get an index by waking day, and a marker says the old records still
 * have to be filed under their days. That filing needs the day model (time zones, waking days),
 * which must not weigh on the first screen, so it runs right after opening, loaded on demand, in one
 * transaction of its own (repos/dayFiling.ts); until it has, the database is not handed out.
 */
function addDayIndex(transaction: UpgradeTransaction, hadData: boolean): void {
  transaction.objectStore('drinks').createIndex('by-day-at', ['day', 'at']);
  if (hadData) void transaction.objectStore('settings').put({ since: 3 }, PENDING_DAY_FILING_KEY);
}
