import { makeBackup, readBackupText } from '../../domain/backup';
import { dataText } from '../../domain/i18n';
import { localDateKey } from '../../domain/time';
import type { ImportSummary } from '../../storage/repos/backupRepo';
import { forgetPush } from '../reminders/pushSync';
import { guardedWrite, store } from './storeState';
import { announceChange, reloadFromStore } from './sync';
import { deviceTimeZone } from '../deviceTimeZone';

/** The backup file's name and text: everything this phone keeps, as versioned JSON. */
export async function makeBackupFile(now = Date.now()): Promise<{ fileName: string; text: string }> {
  const data = await store.value.readEverything();
  const backup = makeBackup({ exportedAt: now, ...data });
  const day = localDateKey(now, deviceTimeZone());
  return { fileName: `aftercare-backup-${day}.json`, text: JSON.stringify(backup) };
}

export type { ImportSummary };
export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: string };

/** Checks the whole file first; only a valid file is merged, in one transaction. */
export async function importBackupText(text: string): Promise<ImportResult> {
  const checked = readBackupText(text);
  if (!checked.ok) return checked;
  try {
    const summary = await guardedWrite(() => store.value.mergeBackup(checked.backup));
    await reloadFromStore();
    announceChange();
    return { ok: true, summary };
  } catch {
    return { ok: false, error: dataText().importNotSaved };
  }
}

/**
 * Deletes the database, every cache and the service worker (and whatever registered a cleanup),
 * then starts the app afresh. A failed step is reported, and the rest still run.
 */
export async function deleteAllData(): Promise<{ ok: boolean }> {
  const steps: Array<() => Promise<unknown>> = [
    // First: the server is told with this browser's owner secret, which deleting the database erases.
    forgetPush,
    () => store.value.deleteEverything(),
    async () => {
      if (!('caches' in globalThis)) return;
      await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
    },
    async () => {
      const registrations = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
      await Promise.all(registrations.map((r) => r.unregister()));
    },
  ];
  // In order: the push subscription lives on the service worker registration removed last.
  let ok = true;
  for (const step of steps) ok = (await step().then(() => true, () => false)) && ok;
  announceChange();
  return { ok };
}
