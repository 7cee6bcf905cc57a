// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
function sync(name, reminders, now = NOW) {
  return store.syncSubscription({ subscription: subscription(name), timeZone: 'Europe/London', reminders }, now);
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
    await store.syncSubscription({ subscription: { endpoint: 'https://push.example.com/s1', keys: { p256dh: other.p256dh, auth: other.auth } }, timeZone: 'Asia/Tokyo', reminders: [water('a', NOW)] }, NOW);
    expect(store.db.prepare('SELECT p256dh, time_zone FROM subscriptions').all()).toEqual([{ p256dh: other.p256dh, time_zone: 'Asia/Tokyo' }]);
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
    expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1')).toBe(true);
    expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1')).toBe(false);
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
