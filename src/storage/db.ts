import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type AftercareDB } from './schema';

export type AftercareDatabase = IDBPDatabase<AftercareDB>;

/**
 * Opens (and upgrades) the database. The ladder is cumulative: a user on any released version
 * walks every later step. Never await anything but IndexedDB inside `upgrade`.
 * `onVersionChange` fires when another tab needs a newer version: we close, and the UI asks to reload.
 */
export async function openAftercareDB(
  onVersionChange: () => void = () => {},
  name = DB_NAME,
): Promise<AftercareDatabase> {
  const db = await openDB<AftercareDB>(name, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('settings');
        const sessions = database.createObjectStore('sessions', { keyPath: 'id' });
        sessions.createIndex('by-createdAt', 'createdAt');
        const drinks = database.createObjectStore('drinks', { keyPath: 'id' });
        drinks.createIndex('by-plan-at', ['planId', 'at']);
      }
      if (oldVersion < 2) {
        const carePlans = database.createObjectStore('carePlans', { keyPath: 'id' });
        carePlans.createIndex('by-acceptedAt', 'acceptedAt');
        const checks = database.createObjectStore('exerciseChecks', { keyPath: ['planId', 'exerciseId', 'localDate', 'round'] });
        checks.createIndex('by-plan-date', ['planId', 'localDate']);
        const checkIns = database.createObjectStore('checkIns', { keyPath: 'checkInId' });
        checkIns.createIndex('by-plan', 'planId');
        database.createObjectStore('reminderLog', { keyPath: 'id' });
        database.createObjectStore('snoozes', { keyPath: 'id' });
      }
    },
    blocking() {
      db.close();
      onVersionChange();
    },
  });
  return db;
}
