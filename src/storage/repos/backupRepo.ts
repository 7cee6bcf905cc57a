import type { IDBPTransaction } from 'idb';
import type { Backup } from '../../domain/backup';
import { checkKey } from './checkKey';
import type { AftercareDatabase } from '../db';
import { SETTINGS_KEY, type AftercareDB } from '../schema';
import { readSettings } from './settingsRepo';

export interface ImportSummary {
  sessionsAdded: number;
  sessionsAlreadyHere: number;
  drinksAdded: number;
  drinksAlreadyHere: number;
  /** Therapist's plans, check-offs and check-ins. */
  planRecordsAdded: number;
  planRecordsAlreadyHere: number;
  settingsRestored: boolean;
}

export type StoredData = Pick<Backup, 'settings' | 'sessions' | 'drinks' | 'carePlans' | 'exerciseChecks' | 'checkIns'>;

const DATA_STORES = ['settings', 'sessions', 'drinks', 'carePlans', 'exerciseChecks', 'checkIns'] as const;
type DataTransaction<Mode extends IDBTransactionMode> = IDBPTransaction<AftercareDB, typeof DATA_STORES extends readonly (infer S)[] ? S[] : never, Mode>;


/** Everything, read in one transaction so the export is a consistent snapshot. */
export async function readEverything(db: AftercareDatabase): Promise<StoredData> {
  const tx: DataTransaction<'readonly'> = db.transaction([...DATA_STORES]);
  const [sessions, drinks, carePlans, exerciseChecks, checkIns] = await Promise.all([
    tx.objectStore('sessions').getAll(),
    tx.objectStore('drinks').getAll(),
    tx.objectStore('carePlans').getAll(),
    tx.objectStore('exerciseChecks').getAll(),
    tx.objectStore('checkIns').getAll(),
  ]);
  await tx.done;
  return { settings: await readSettings(db), sessions, drinks, carePlans, exerciseChecks, checkIns };
}

function emptySummary(): ImportSummary {
  return { sessionsAdded: 0, sessionsAlreadyHere: 0, drinksAdded: 0, drinksAlreadyHere: 0, planRecordsAdded: 0, planRecordsAlreadyHere: 0, settingsRestored: true };
}

/**
 * Merges a checked backup in ONE transaction: records whose key is already here are kept as they
 * are (no duplicates); if anything fails, nothing is written.
 */
export async function mergeBackup(db: AftercareDatabase, backup: StoredData): Promise<ImportSummary> {
  const tx: DataTransaction<'readwrite'> = db.transaction([...DATA_STORES], 'readwrite');
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

async function addMissing(tx: DataTransaction<'readwrite'>, backup: StoredData): Promise<ImportSummary> {
  const summary = emptySummary();
  const add = async (exists: boolean, write: () => Promise<unknown>, added: () => void, kept: () => void) => {
    if (exists) return kept();
    await write();
    added();
  };
  const sessions = tx.objectStore('sessions');
  for (const r of backup.sessions) {
    await add(!!(await sessions.getKey(r.id)), () => sessions.add(r), () => summary.sessionsAdded++, () => summary.sessionsAlreadyHere++);
  }
  const drinks = tx.objectStore('drinks');
  for (const r of backup.drinks) {
    await add(!!(await drinks.getKey(r.id)), () => drinks.add(r), () => summary.drinksAdded++, () => summary.drinksAlreadyHere++);
  }
  const planAdded = () => summary.planRecordsAdded++;
  const planKept = () => summary.planRecordsAlreadyHere++;
  const carePlans = tx.objectStore('carePlans');
  for (const r of backup.carePlans) await add(!!(await carePlans.getKey(r.id)), () => carePlans.add(r), planAdded, planKept);
  const checks = tx.objectStore('exerciseChecks');
  for (const r of backup.exerciseChecks) await add(!!(await checks.getKey(checkKey(r))), () => checks.add(r), planAdded, planKept);
  const checkIns = tx.objectStore('checkIns');
  for (const r of backup.checkIns) await add(!!(await checkIns.getKey(r.checkInId)), () => checkIns.add(r), planAdded, planKept);
  await tx.objectStore('settings').put(backup.settings, SETTINGS_KEY);
  return summary;
}

/** The memory store's import, with the same rules: a record whose key is here already is kept. */
export function mergeIntoMaps(maps: { [K in keyof Omit<StoredData, 'settings'>]: Map<string, StoredData[K][number]> }, backup: StoredData): ImportSummary {
  const summary = emptySummary();
  const added = <T>(map: Map<string, T>, key: string, record: T) => !map.has(key) && Boolean(map.set(key, record));
  for (const r of backup.sessions) {
    if (added(maps.sessions, r.id, r)) summary.sessionsAdded++;
    else summary.sessionsAlreadyHere++;
  }
  for (const r of backup.drinks) {
    if (added(maps.drinks, r.id, r)) summary.drinksAdded++;
    else summary.drinksAlreadyHere++;
  }
  const planRecords: Array<[Map<string, unknown>, string, unknown]> = [
    ...backup.carePlans.map((r): [Map<string, unknown>, string, unknown] => [maps.carePlans, r.id, r]),
    ...backup.exerciseChecks.map((r): [Map<string, unknown>, string, unknown] => [maps.exerciseChecks, JSON.stringify(checkKey(r)), r]),
    ...backup.checkIns.map((r): [Map<string, unknown>, string, unknown] => [maps.checkIns, r.checkInId, r]),
  ];
  for (const [map, key, record] of planRecords) {
    if (added(map, key, record)) summary.planRecordsAdded++;
    else summary.planRecordsAlreadyHere++;
  }
  return summary;
}
