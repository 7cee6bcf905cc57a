// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/push/sqliteStore.mjs';
import { subscriberKeys } from './support/mockPushService.mjs';

const run = promisify(execFile);
const NOW = Date.UTC(2026, 10, 22, 9, 0);
let dir;
let file;
let store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aftercare-store-'));
  file = join(dir, 'nested', 'push.sqlite');
  store = openSqliteStore({ file });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function subscription(name) {
  const keys = subscriberKeys(name);
  return { endpoint: `https://push.example.com/${name}`, keys: { p256dh: keys.p256dh, auth: keys.auth } };
}
const OWNER = 'a'.repeat(64);
function sync(name, reminders, now = NOW, { ownerHash = OWNER, caps } = {}) {
  return store.syncSubscription({ subscription: subscription(name), ownerHash, timeZone: 'Europe/London', reminders }, now, caps);
}
const water = (id, at) => ({ id, at, kind: 'water' });
const states = () => Object.fromEntries(store.db.prepare('SELECT reminder_id, state FROM reminders ORDER BY reminder_id').all().map((r) => [r.reminder_id, r.state]));
const claim = (options = {}) => store.claimDue({ now: NOW, limit: 100, leaseMs: 60_000, token: 'tok', ...options });

describe('openSqliteStore', () => {
  it('creates the file owner-only, in WAL mode', () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('keeps a meta value once made, across connections', async () => {
    const first = await store.getOrCreateMeta('vapid', () => 'one');
    const other = openSqliteStore({ file });
    expect(await other.getOrCreateMeta('vapid', () => 'two')).toBe(first);
    other.close();
  });
});

describe('syncSubscription', () => {
  it('stores reminders and is idempotent', async () => {
    const list = [water('a', NOW + 1000), water('b', NOW + 2000)];
    expect(await sync('s1', list)).toEqual({ scheduled: 2 });
    expect(await sync('s1', list)).toEqual({ scheduled: 2 });
    expect(await store.counts()).toMatchObject({ due: 2, subscriptions: 1 });
  });

  it('replaces the due reminders: unlisted ones go, moved ones move', async () => {
    await sync('s1', [water('a', NOW + 1000), water('b', NOW + 2000)]);
    await sync('s1', [water('b', NOW + 5000), { id: 'c', at: NOW + 3000, kind: 'exercise' }]);
    const rows = store.db.prepare('SELECT reminder_id, at, kind FROM reminders ORDER BY reminder_id').all();
    expect(rows).toEqual([
      { reminder_id: 'b', at: NOW + 5000, kind: 'water' },
      { reminder_id: 'c', at: NOW + 3000, kind: 'exercise' },
    ]);
  });

  it('never re-arms an id that was sent, even when re-synced with a new time', async () => {
    await sync('s1', [water('a', NOW - 1000)]);
    const [c] = await claim();
    expect(await store.markSent(c, NOW)).toBe(true);
    await sync('s1', [water('a', NOW + 60_000)]);
    expect(states()).toEqual({ a: 'sent' });
    expect(await claim({ now: NOW + 120_000 })).toEqual([]);
  });

  it('leaves a reminder being sent alone when a re-sync omits it', async () => {
    await sync('s1', [water('a', NOW - 1000)]);
    await claim();
    await sync('s1', []);
    expect(states()).toEqual({ a: 'sending' });
  });

  it('updates the keys of an existing endpoint instead of duplicating it', async () => {
    await sync('s1', [water('a', NOW)]);
    const other = subscriberKeys('rotated');
    await store.syncSubscription({ subscription: { endpoint: 'https://push.example.com/s1', keys: { p256dh: other.p256dh, auth: other.auth } }, ownerHash: OWNER, timeZone: 'Asia/Tokyo', reminders: [water('a', NOW)] }, NOW);
    expect(store.db.prepare('SELECT p256dh, time_zone FROM subscriptions').all()).toEqual([{ p256dh: other.p256dh, time_zone: 'Asia/Tokyo' }]);
  });
});

describe('ownership and caps', () => {
  const STRANGER = 'b'.repeat(64);

  it('refuses a sync or delete with another owner hash and changes nothing', async () => {
    await sync('s1', [water('a', NOW + 1000), water('b', NOW + 2000)]);
    expect(await sync('s1', [], NOW, { ownerHash: STRANGER })).toEqual({ refused: 'not-owner' });
    expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1', STRANGER)).toBe('not-owner');
    expect(states()).toEqual({ a: 'due', b: 'due' });
    expect(store.db.prepare('SELECT owner_hash FROM subscriptions').all()).toEqual([{ owner_hash: OWNER }]);
    expect(await sync('s1', [water('a', NOW + 1000)])).toEqual({ scheduled: 1 });
    expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1', OWNER)).toBe('deleted');
  });

  it('lets the first sync claim a row made before ownership existed', async () => {
    await sync('s1', [water('a', NOW + 1000)]);
    store.db.prepare('UPDATE subscriptions SET owner_hash = NULL').run();
    expect(await sync('s1', [water('a', NOW + 1000)], NOW, { ownerHash: STRANGER })).toEqual({ scheduled: 1 });
    expect(await sync('s1', [], NOW)).toEqual({ refused: 'not-owner' });
  });

  it('caps new subscriptions per address per hour, not re-syncs', async () => {
    const caps = { newFromAddress: { key: 'addr', perHour: 2 } };
    expect(await sync('s1', [], NOW, { caps })).toEqual({ scheduled: 0 });
    expect(await sync('s2', [], NOW, { caps })).toEqual({ scheduled: 0 });
    expect(await sync('s1', [], NOW, { caps })).toEqual({ scheduled: 0 });
    expect(await sync('s3', [], NOW, { caps })).toEqual({ refused: 'address-cap' });
    expect(await sync('s3', [], NOW, { caps: { newFromAddress: { key: 'other', perHour: 2 } } })).toEqual({ scheduled: 0 });
    expect(await sync('s4', [], NOW + 3_600_000, { caps })).toEqual({ scheduled: 0 });
    await store.purge({ finishedBefore: 0, idleSubscriptionsBefore: 0, admissionsBefore: NOW + 3_600_000 });
    expect(store.db.prepare('SELECT count(*) AS n FROM admissions').get()).toEqual({ n: 1 });
  });

  it('caps the reminder rows a subscription holds, counting sent ones, and rolls back when over', async () => {
    const caps = { storedReminders: 3 };
    await sync('s1', [water('a', NOW - 10), water('b', NOW - 5)], NOW, { caps });
    for (const c of await claim()) await store.markSent(c, NOW);
    expect(await sync('s1', [water('c', NOW + 1000), water('d', NOW + 1000)], NOW, { caps })).toEqual({ refused: 'reminder-cap' });
    expect(states()).toEqual({ a: 'sent', b: 'sent' });
    expect(await sync('s1', [water('c', NOW + 1000)], NOW, { caps })).toEqual({ scheduled: 1 });
  });

  it('adds the owner column to a file made before it', async () => {
    const oldFile = join(dir, 'old.sqlite');
    const old = new Database(oldFile);
    old.exec('CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, endpoint TEXT NOT NULL UNIQUE, p256dh TEXT NOT NULL, auth TEXT NOT NULL, time_zone TEXT NOT NULL, synced_at INTEGER NOT NULL)');
    old.close();
    const upgraded = openSqliteStore({ file: oldFile });
    expect(upgraded.db.prepare('PRAGMA table_info(subscriptions)').all().map((c) => c.name)).toContain('owner_hash');
    await upgraded.close();
  });
});

describe('claimDue', () => {
  it('claims only due reminders, earliest first, up to the limit, with their subscription', async () => {
    await sync('s1', [water('late', NOW - 10), water('early', NOW - 500), water('future', NOW + 1)]);
    const claims = await claim({ limit: 1 });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ reminderId: 'early', kind: 'water', attempts: 1, token: 'tok', subscription: subscription('s1') });
    expect((await claim()).map((c) => c.reminderId)).toEqual(['late']);
    expect(await claim()).toEqual([]);
  });

  it('waits for retry_at', async () => {
    await sync('s1', [water('a', NOW - 10)]);
    const [c] = await claim();
    await store.scheduleRetry(c, NOW + 5000);
    expect(await claim({ now: NOW + 4999 })).toEqual([]);
    expect((await claim({ now: NOW + 5000 }))[0]).toMatchObject({ reminderId: 'a', attempts: 2 });
  });

  it('takes back a claim whose lease ran out, and the old claimer can no longer complete it', async () => {
    await sync('s1', [water('a', NOW - 10)]);
    const [stale] = await claim({ token: 'dead' });
    expect(await claim({ now: NOW + 59_999, token: 'new' })).toEqual([]);
    const [fresh] = await claim({ now: NOW + 60_000, token: 'new' });
    expect(fresh).toMatchObject({ reminderId: 'a', token: 'new', attempts: 2 });
    expect(await store.markSent(stale, NOW)).toBe(false);
    expect(await store.markSent(fresh, NOW)).toBe(true);
  });

  it('hands disjoint sets to two connections taking turns on one file', async () => {
    await sync('s1', Array.from({ length: 300 }, (_, i) => water(`r${i}`, NOW - i)));
    const other = openSqliteStore({ file });
    const seen = [[], []];
    for (let turn = 0; ; turn++) {
      const claims = await (turn % 2 ? other : store).claimDue({ now: NOW, limit: 7, leaseMs: 60_000, token: `t${turn}` });
      if (claims.length === 0) break;
      seen[turn % 2].push(...claims.map((c) => c.reminderId));
    }
    other.close();
    expect(new Set([...seen[0], ...seen[1]]).size).toBe(300);
    expect(seen[0].length + seen[1].length).toBe(300);
  });

  it('hands disjoint sets to two processes racing on one file', async () => {
    for (let s = 0; s < 8; s++) await sync(`s${s}`, Array.from({ length: 500 }, (_, i) => water(`r${i}`, Date.now() - 60_000 - i)), Date.now());
    const startAt = String(Date.now() + 1500);
    const worker = new URL('./support/claimWorker.mjs', import.meta.url).pathname;
    const outputs = await Promise.all([0, 1].map(() => run(process.execPath, [worker, file, startAt])));
    const [a, b] = outputs.map(({ stdout }) => JSON.parse(stdout));
    const all = new Set([...a, ...b]);
    expect(a.length + b.length).toBe(4000);
    expect(all.size).toBe(4000);
    // Which process wins how many depends on scheduling (on a loaded machine one may take them
    // all); what must hold is that no reminder is claimed twice and none is left behind.
  }, 20_000);
});

describe('deleting and forgetting', () => {
  it('deletes a subscription with its reminders, by endpoint or by id', async () => {
    await sync('s1', [water('a', NOW)]);
    await sync('s2', [water('b', NOW)]);
    expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1', OWNER)).toBe('deleted');
    expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1', OWNER)).toBe('absent');
    const [c] = await claim();
    await store.deleteSubscription(c.subscriptionId);
    expect(await store.counts()).toEqual({ due: 0, sending: 0, sent: 0, failed: 0, expired: 0, subscriptions: 0 });
  });

  it('purges finished reminders and idle subscriptions, keeping anything still due', async () => {
    await sync('old', [water('a', NOW - 1000)], NOW - 100 * 86_400_000);
    await sync('busy', [water('b', NOW + 86_400_000)], NOW - 100 * 86_400_000);
    const [c] = await claim();
    await store.markFinished(c, 'expired', 'past-ttl', NOW);
    expect(await store.purge({ finishedBefore: NOW, idleSubscriptionsBefore: NOW - 90 * 86_400_000 })).toEqual({ reminders: 1, subscriptions: 1 });
    expect(states()).toEqual({ b: 'due' });
  });
});
