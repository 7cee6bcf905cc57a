import { unwrap } from 'idb';
import { adoptAftercareDB, openAftercareDB, readyForUse, type AftercareDatabase } from './db';
import * as carePlans from './repos/carePlansRepo';
import * as drinks from './repos/drinksRepo';
import { snoozeReminder } from './repos/quickActions';
import * as reminderLog from './repos/reminderLogRepo';
import * as sessions from './repos/sessionsRepo';
import { readToday } from './repos/todayRepo';
import { readCalendarExportState, readEverydayReminders, readSettings, writeCalendarExportState, writeEverydayReminders, writeSettings } from './repos/settingsRepo';
import type { CarePlanRecord, SessionRecord } from './schema';
import type { AftercareStore } from './store';
import type { EarlyStart } from './earlyOpen';

/** The IndexedDB-backed store; each method is one transaction. */
export function idbStore(db: AftercareDatabase): AftercareStore {
  return {
    kind: 'indexeddb',
    readToday: async (window) => (await readToday(unwrap(db), window)).today,
    getSettings: () => readSettings(db),
    putSettings: (s) => writeSettings(db, s),
    listSessions: () => sessions.listSessions(db),
    latestSession: () => sessions.latestSession(db),
    sessionsSince: (createdAt) => sessions.sessionsSince(db, createdAt),
    addSession: (r) => sessions.addSession(db, r),
    putSession: (r) => sessions.putSession(db, r),
    drinksForSession: (id) => drinks.drinksForSession(db, id),
    drinksForDays: (from, to) => drinks.drinksForDays(db, from, to),
    allDrinks: () => drinks.allDrinks(db),
    putDrink: (d) => drinks.putDrink(db, d),
    deleteDrink: (id) => drinks.deleteDrink(db, id),
    // Backups are rare; their code loads only when one is made or imported.
    readEverything: async () => (await import('./repos/backupRepo')).readEverything(db),
    mergeBackup: async (data) => (await import('./repos/backupRepo')).mergeBackup(db, data),
    deleteEverything: () => deleteDatabase(db),
    handledReminderIds: () => reminderLog.handledReminderIds(db),
    markRemindersHandled: (records) => reminderLog.markRemindersHandled(db, records),
    listSnoozes: () => reminderLog.listSnoozes(db),
    // Needs the day model; loaded when first used, not on the first screen.
    logGlassOfWater: async (now) => (await import('./repos/glassAction')).logGlassOfWater(db, now),
    snoozeReminder: (id, now) => snoozeReminder(db, id, now),
    latestCarePlan: () => carePlans.latestCarePlan(db),
    getCarePlan: (id) => carePlans.getCarePlan(db, id),
    acceptCarePlan: (record, session) => acceptCarePlan(db, record, session),
    changeAppointment: (id, change) => carePlans.changeAppointment(db, id, change),
    checksForCarePlan: (id) => carePlans.checksForCarePlan(db, id),
    putExerciseCheck: (check) => carePlans.putExerciseCheck(db, check),
    checkInsForCarePlan: (id) => carePlans.checkInsForCarePlan(db, id),
    putCheckIn: (answer) => carePlans.putCheckIn(db, answer),
    calendarExportState: () => readCalendarExportState(db),
    putCalendarExportState: (state) => writeCalendarExportState(db, state),
    everydayReminders: () => readEverydayReminders(db),
    putEverydayReminders: (reminders) => writeEverydayReminders(db, reminders),
    // Only the push road needs it, and that loads after the first screen.
    pushOwnerSecret: async () => (await import('./repos/pushOwnerRepo')).pushOwnerSecret(db),
  };
}

/** One transaction: the plan and its hydration session arrive together or not at all. */
async function acceptCarePlan(db: AftercareDatabase, record: CarePlanRecord, session?: SessionRecord): Promise<void> {
  const tx = db.transaction(['carePlans', 'sessions'], 'readwrite');
  await tx.objectStore('carePlans').put(record);
  if (session && !(await tx.objectStore('sessions').getKey(session.id))) await tx.objectStore('sessions').add(session);
  await tx.done;
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

/**
 * Opens IndexedDB, or says why it can't (private mode, blocked, missing). `early` is a connection
 * opened before this code loaded, with Today's records read on it (earlyOpen.ts); without one, the
 * database is opened here.
 */
export async function openIdbStore(onVersionChange?: () => void, early?: EarlyStart): Promise<AftercareStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.');
  if (!early) return idbStore(await openAftercareDB(onVersionChange));
  const db = adoptAftercareDB(early.db, onVersionChange);
  // Records from the early read mean it found no v4 filing pending (it reads the marker in the same
  // transaction), so the connection is ready as it is, without another trip to IndexedDB to ask.
  return idbStore((await early.today) ? db : await readyForUse(db));
}
