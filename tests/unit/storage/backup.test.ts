import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { importBackupText, makeBackupFile } from '../../../src/state/data/dataActions';
import { settings } from '../../../src/state/hydration/hydrationSignals';
import { store } from '../../../src/state/data/storeState';
import { openAftercareDB } from '../../../src/storage/db';
import { idbStore } from '../../../src/storage/idbStore';
import type { AftercareStore } from '../../../src/storage/store';
import { corruptBackups, validBackup, version2Backup, version3Backup } from '../../fixtures/backups';
import { BACKUP_VERSION } from '../../../src/domain/backup/backupFormat';

let n = 0;
async function freshStore(): Promise<AftercareStore> {
  return idbStore(await openAftercareDB(undefined, `backup-test-${n++}`));
}

beforeEach(async () => {
  store.value = await freshStore();
  settings.value = { ...DEFAULT_SETTINGS };
});

describe('importing a backup', () => {
  it('restores everything on a fresh phone and reports what came in', async () => {
    const result = await importBackupText(JSON.stringify(validBackup));
    expect(result).toEqual({
      ok: true,
      summary: { sessionsAdded: 1, sessionsAlreadyHere: 0, drinksAdded: 2, drinksAlreadyHere: 0, planRecordsAdded: 3, planRecordsAlreadyHere: 0, settingsRestored: true },
    });
    expect(await store.value.latestCarePlan()).toEqual(validBackup.carePlans[0]);
    expect(await store.value.listSessions()).toEqual(validBackup.sessions);
    expect(await store.value.drinksForSession('fixture-session-1')).toEqual(validBackup.drinks);
    expect(settings.value.bedtime).toBe('23:00');
    // Issue 10: the screens keep only the last few days in memory; this file's day is read from storage.
    expect(await store.value.drinksForDays('2026-11-01', '2026-11-01')).toHaveLength(2);
  });

  it('still imports a version 1 file (before therapist’s plans existed)', async () => {
    const { carePlans: _p, exerciseChecks: _c, checkIns: _i, ...v1 } = { ...validBackup, version: 1 };
    const result = await importBackupText(JSON.stringify(v1));
    expect(result).toMatchObject({ ok: true, summary: { sessionsAdded: 1, drinksAdded: 2, planRecordsAdded: 0 } });
  });

  it('still imports a version 2 file, reading its `planId` as the session or care plan it named', async () => {
    const result = await importBackupText(JSON.stringify(version2Backup));
    expect(result).toMatchObject({ ok: true, summary: { sessionsAdded: 1, drinksAdded: 2, planRecordsAdded: 3 } });
    expect((await store.value.drinksForSession('fixture-session-1')).map((d) => d.id)).toEqual(version2Backup.drinks.map((d: { id: string }) => d.id));
    expect(await store.value.checksForCarePlan(validBackup.carePlans[0]!.id)).toHaveLength(1);
    expect(await store.value.checkInsForCarePlan(validBackup.carePlans[0]!.id)).toHaveLength(1);
  });

  it('still imports a version 3 file, filing each drink under its day (a next-day glass under its own)', async () => {
    const result = await importBackupText(JSON.stringify(version3Backup));
    expect(result).toMatchObject({ ok: true, summary: { sessionsAdded: 1, drinksAdded: 3 } });
    expect((await store.value.listSessions())[0]?.plan.day).toBe('2026-11-01');
    expect((await store.value.drinksForSession('fixture-session-1')).map((d) => d.day)).toEqual(['2026-11-01', '2026-11-01']);
    expect(await store.value.drinksForDays('2026-11-02', '2026-11-02')).toEqual([
      { id: 'next-day', day: '2026-11-02', at: Date.UTC(2026, 10, 2, 17, 5), beverage: 'water', volumeMl: 300 },
    ]);
  });

  it('merges without duplicates when the same file comes in twice', async () => {
    await importBackupText(JSON.stringify(validBackup));
    const again = await importBackupText(JSON.stringify(validBackup));
    expect(again).toMatchObject({ ok: true, summary: { sessionsAdded: 0, sessionsAlreadyHere: 1, drinksAdded: 0, drinksAlreadyHere: 2, planRecordsAdded: 0, planRecordsAlreadyHere: 3 } });
    expect(await store.value.drinksForSession('fixture-session-1')).toHaveLength(2);
  });

  it.each(corruptBackups)('changes nothing for %s', async (_what, text) => {
    await store.value.putSettings({ ...DEFAULT_SETTINGS, wakeTime: '06:00' });
    const before = await store.value.readEverything();
    const result = await importBackupText(text);
    expect(result.ok).toBe(false);
    expect(await store.value.readEverything()).toEqual(before);
  });

  it('writes nothing at all when the transaction fails partway', async () => {
    const broken = { ...validBackup, drinks: [...validBackup.drinks, { id: undefined } as never] };
    await expect(store.value.mergeBackup(broken)).rejects.toThrow();
    expect(await store.value.listSessions()).toEqual([]);
    expect(await store.value.drinksForSession('fixture-session-1')).toEqual([]);
  });
});

describe('exporting', () => {
  it('round-trips: an export imports into an empty phone as the same data', async () => {
    await importBackupText(JSON.stringify(validBackup));
    const { fileName, text } = await makeBackupFile(Date.UTC(2026, 10, 22, 12));
    expect(fileName).toMatch(/^aftercare-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(text);
    expect(exported).toMatchObject({ format: 'aftercare-backup', version: BACKUP_VERSION });
    store.value = await freshStore();
    await importBackupText(text);
    const { format: _format, version: _version, exportedAt: _exportedAt, ...data } = exported;
    expect(await store.value.readEverything()).toEqual(data);
  });

  it('deletes everything for good', async () => {
    await importBackupText(JSON.stringify(validBackup));
    await store.value.deleteEverything();
    const reopened = idbStore(await openAftercareDB(undefined, `backup-test-${n - 1}`));
    expect(await reopened.readEverything()).toEqual({ settings: DEFAULT_SETTINGS, sessions: [], drinks: [], carePlans: [], exerciseChecks: [], checkIns: [] });
  });
});
