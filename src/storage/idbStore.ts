import { openAftercareDB, type AftercareDatabase } from './db';
import * as drinks from './drinksRepo';
import * as sessions from './sessionsRepo';
import { readSettings, writeSettings } from './settingsRepo';
import type { AftercareStore } from './store';

/** The IndexedDB-backed store; each method is one transaction. */
export function idbStore(db: AftercareDatabase): AftercareStore {
  return {
    kind: 'indexeddb',
    getSettings: () => readSettings(db),
    putSettings: (s) => writeSettings(db, s),
    listSessions: () => sessions.listSessions(db),
    latestSession: () => sessions.latestSession(db),
    addSession: (r) => sessions.addSession(db, r),
    drinksForPlan: (id) => drinks.drinksForPlan(db, id),
    putDrink: (d) => drinks.putDrink(db, d),
    deleteDrink: (id) => drinks.deleteDrink(db, id),
  };
}

/** Opens IndexedDB, or says why it can't (private mode, blocked, missing). */
export async function openIdbStore(onVersionChange?: () => void): Promise<AftercareStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.');
  return idbStore(await openAftercareDB(onVersionChange));
}
