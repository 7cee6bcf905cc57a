import { describe, expect, it, vi } from 'vitest';
import { openAftercareDB } from '../../../src/storage/db';
import { DB_VERSION } from '../../../src/storage/schema';

describe('another tab opening a newer schema', () => {
  it('closes this tab’s connection (so the upgrade is not blocked) and asks this tab to reload', async () => {
    const onVersionChange = vi.fn();
    const db = await openAftercareDB(onVersionChange, 'version-change-test');
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('version-change-test', DB_VERSION + 1);
      request.onblocked = () => reject(new Error('the upgrade was blocked by the old tab'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(newer.version).toBe(DB_VERSION + 1);
    await expect(db.get('settings', 'app')).rejects.toThrow();
    newer.close();
  });
});
