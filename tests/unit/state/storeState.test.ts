import { beforeEach, describe, expect, it } from 'vitest';
import { guardedWrite, openStore, storageProblem, store } from '../../../src/state/data/storeState';
import { dataText } from '../../../src/domain/i18n';
import { memoryStore } from '../../../src/storage/memoryStore';

beforeEach(() => {
  store.value = memoryStore();
  storageProblem.value = null;
});

describe('opening storage', () => {
  it('keeps working in memory and says so when IndexedDB is unavailable', async () => {
    await openStore(() => Promise.reject(new DOMException('blocked', 'SecurityError')));
    expect(store.value.kind).toBe('memory');
    expect(storageProblem.value).toBe('unavailable');
    expect(dataText().problem.unavailable).toMatch(/won't let Aftercare save data/);
    await store.value.putSettings({ ...(await store.value.getSettings()), bedtime: '23:00' });
    expect((await store.value.getSettings()).bedtime).toBe('23:00');
  });

  it('uses IndexedDB when it opens', async () => {
    const opened = { ...memoryStore(), kind: 'indexeddb' as const };
    await openStore(async () => opened);
    expect(store.value).toBe(opened);
    expect(storageProblem.value).toBeNull();
  });
});

describe('a failed write', () => {
  it('says the phone is full on a quota error and rethrows so the caller keeps its input', async () => {
    const write = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    await expect(guardedWrite(write)).rejects.toThrow();
    expect(storageProblem.value).toBe('full');
    expect(dataText().problem.full).toMatch(/out of storage space/);
  });

  it('says so in words on any other failure', async () => {
    await expect(guardedWrite(() => Promise.reject(new Error('boom')))).rejects.toThrow();
    expect(storageProblem.value).toBe('notSaved');
    expect(dataText().problem.notSaved).toMatch(/could not save/);
  });
});
