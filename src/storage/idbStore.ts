import { mergeBackup, readEverything } from './backupRepo';
import { openAftercareDB, type AftercareDatabase } from './db';
import * as drinks from './drinksRepo';
import { logGlassOfWater, snoozeReminder } from './quickActions';
import * as reminderLog from './reminderLogRepo';
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
    readEverything: () => readEverything(db),
    mergeBackup: (data) => mergeBackup(db, data),
    deleteEverything: () => deleteDatabase(db),
    handledReminderIds: () => reminderLog.handledReminderIds(db),
    markRemindersHandled: (records) => reminderLog.markRemindersHandled(db, records),
    listSnoozes: () => reminderLog.listSnoozes(db),
    logGlassOfWater: (now) => logGlassOfWater(db, now),
    snoozeReminder: (id, now) => snoozeReminder(db, id, now),
  };
}

/** Closes and deletes the whole database, so nothing is left behind (not even empty stores). */
function deleteDatabase(db: AftercareDatabase): Promise<void> {
  db.close();
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(db.name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another tab holding the database open gets `versionchange`, closes (db.ts) and lets this finish.
  });
}

/** Opens IndexedDB, or says why it can't (private mode, blocked, missing). */
export async function openIdbStore(onVersionChange?: () => void): Promise<AftercareStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.');
  return idbStore(await openAftercareDB(onVersionChange));
}
