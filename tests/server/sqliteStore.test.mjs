// @vitest-environment node
// What only the SQLite store promises; the shared contract is in storeContract.test.mjs.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/push/sqliteStore.mjs';

let dir;
let file;
let store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aftercare-store-'));
  file = join(dir, 'nested', 'push.sqlite');
  store = openSqliteStore({ file });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('openSqliteStore', () => {
  it('creates the file owner-only, in WAL mode', () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('adds the owner and language columns to a file made before them', async () => {
    const oldFile = join(dir, 'old.sqlite');
    const old = new Database(oldFile);
    old.exec('CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, endpoint TEXT NOT NULL UNIQUE, p256dh TEXT NOT NULL, auth TEXT NOT NULL, time_zone TEXT NOT NULL, synced_at INTEGER NOT NULL)');
    old.close();
    const upgraded = openSqliteStore({ file: oldFile });
    expect(upgraded.db.prepare('PRAGMA table_info(subscriptions)').all().map((c) => c.name)).toEqual(expect.arrayContaining(['owner_hash', 'lang']));
    await upgraded.close();
  });
});
