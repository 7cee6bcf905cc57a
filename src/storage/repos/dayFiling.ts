import { upgradeDrink, upgradeSession } from '../../domain/records';
import type { AftercareDatabase } from '../db';
import { PENDING_DAY_FILING_KEY, type DrinkRecord, type SessionRecord } from '../schema';
import { readSettings } from './settingsRepo';

/**
 * Finishes the v4 upgrade (db.ts): files every drink under its waking day and gives every plan its
 * day, by the rules backup import uses too (domain/records/legacyRecords.ts), then clears the
 * marker, all in one transaction. Interrupted, it runs again on the next open; records already
 * filed are left as they are.
 */
export async function fileDrinksByDay(db: AftercareDatabase): Promise<void> {
  const settings = await readSettings(db);
  const tx = db.transaction(['settings', 'sessions', 'drinks'], 'readwrite');
  const [oldSessions, oldDrinks] = await Promise.all([tx.objectStore('sessions').getAll(), tx.objectStore('drinks').getAll()]);
  const sessions = new Map(oldSessions.map((s) => [s.id, upgradeSession(s as unknown as Record<string, unknown>) as unknown as SessionRecord]));
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  await Promise.all([
    ...[...sessions.values()].map((s) => tx.objectStore('sessions').put(s)),
    ...oldDrinks.map((d) => tx.objectStore('drinks').put(upgradeDrink(d as unknown as Record<string, unknown>, sessions, settings, zone) as unknown as DrinkRecord)),
    tx.objectStore('settings').delete(PENDING_DAY_FILING_KEY),
  ]);
  await tx.done;
}
