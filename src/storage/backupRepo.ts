import type { IDBPTransaction } from 'idb';
import type { Backup } from '../domain/backupFormat';
import type { AftercareDatabase } from './db';
import { SETTINGS_KEY, type AftercareDB, type DrinkRecord, type SessionRecord } from './schema';
import { readSettings } from './settingsRepo';

export interface ImportSummary {
  sessionsAdded: number;
  sessionsAlreadyHere: number;
  drinksAdded: number;
  drinksAlreadyHere: number;
  settingsRestored: boolean;
}

export type StoredData = Pick<Backup, 'settings' | 'sessions' | 'drinks'>;

/** Everything, read in one transaction so the export is a consistent snapshot. */
export async function readEverything(db: AftercareDatabase): Promise<StoredData> {
  const tx = db.transaction(['settings', 'sessions', 'drinks']);
  const [sessions, drinks] = await Promise.all([tx.objectStore('sessions').getAll(), tx.objectStore('drinks').getAll()]);
  await tx.done;
  return { settings: await readSettings(db), sessions, drinks };
}

/**
 * Merges a checked backup in ONE transaction: records whose id is already here are kept as they
 * are (no duplicates); if anything fails, nothing is written.
 */
export async function mergeBackup(db: AftercareDatabase, backup: StoredData): Promise<ImportSummary> {
  const tx = db.transaction(['settings', 'sessions', 'drinks'], 'readwrite');
  try {
    const summary = await addMissing(tx, backup);
    await tx.done;
    return summary;
  } catch (error) {
    // A request that throws before it starts (say, a bad key) does not abort on its own.
    tx.done.catch(() => {});
    if (!tx.error) tx.abort();
    throw error;
  }
}

type MergeTransaction = IDBPTransaction<AftercareDB, ('settings' | 'sessions' | 'drinks')[], 'readwrite'>;

async function addMissing(tx: MergeTransaction, backup: StoredData): Promise<ImportSummary> {
  const summary: ImportSummary = { sessionsAdded: 0, sessionsAlreadyHere: 0, drinksAdded: 0, drinksAlreadyHere: 0, settingsRestored: true };
  const sessions = tx.objectStore('sessions');
  for (const record of backup.sessions) {
    if (await sessions.getKey(record.id)) {
      summary.sessionsAlreadyHere++;
    } else {
      await sessions.add(record);
      summary.sessionsAdded++;
    }
  }
  const drinks = tx.objectStore('drinks');
  for (const record of backup.drinks) {
    if (await drinks.getKey(record.id)) {
      summary.drinksAlreadyHere++;
    } else {
      await drinks.add(record);
      summary.drinksAdded++;
    }
  }
  await tx.objectStore('settings').put(backup.settings, SETTINGS_KEY);
  return summary;
}

/** Merges into plain maps with the same rules; the memory store's import. */
export function mergeIntoMaps(sessions: Map<string, SessionRecord>, drinks: Map<string, DrinkRecord>, backup: StoredData): ImportSummary {
  const summary: ImportSummary = { sessionsAdded: 0, sessionsAlreadyHere: 0, drinksAdded: 0, drinksAlreadyHere: 0, settingsRestored: true };
  const added = <T extends { id: string }>(map: Map<string, T>, record: T) => !map.has(record.id) && Boolean(map.set(record.id, record));
  for (const record of backup.sessions) {
    if (added(sessions, record)) summary.sessionsAdded++;
    else summary.sessionsAlreadyHere++;
  }
  for (const record of backup.drinks) {
    if (added(drinks, record)) summary.drinksAdded++;
    else summary.drinksAlreadyHere++;
  }
  return summary;
}
