import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from '../../../src/storage/memoryStore';

// The store startApp opens: a memory store standing in for IndexedDB, whose first read can be made to fail.
const opened = vi.hoisted(() => ({ readFails: false }));
vi.mock('../../../src/storage/idbStore', () => ({
  openIdbStore: async () => {
    const store = { ...memoryStore(), kind: 'indexeddb' as const };
    if (opened.readFails) store.readToday = () => Promise.reject(new DOMException('backing store', 'UnknownError'));
    return store;
  },
}));

afterEach(() => {
  vi.resetModules();
  opened.readFails = false;
});

/** A fresh copy of the start and the signals it sets (module state would leak between tests). */
async function start() {
  const [{ startApp }, { storageStarted }, { loaded }] = await Promise.all([
    import('../../../src/state/startApp'),
    import('../../../src/state/data/storageStarted'),
    import('../../../src/state/hydration/hydrationSignals'),
  ]);
  return { startApp, storageStarted, loaded };
}

describe('starting storage', () => {
  it("says storage has started once today's data is in", async () => {
    const { startApp, storageStarted, loaded } = await start();
    expect(storageStarted.value).toBe(false);
    await startApp();
    expect(loaded.value).toBe(true);
    expect(storageStarted.value).toBe(true);
  });

  it('says so too when the first read fails, so the storage notice can still show', async () => {
    opened.readFails = true;
    const { startApp, storageStarted, loaded } = await start();
    await expect(startApp()).rejects.toThrow('backing store');
    expect(loaded.value).toBe(false);
    expect(storageStarted.value).toBe(true);
  });
});
