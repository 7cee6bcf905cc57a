// @vitest-environment node
// The PushStore contract (server/push/store.mjs), one suite for both backends: SQLite always,
// PostgreSQL when AFTERCARE_TEST_POSTGRES_URL is set (see support/storeBackends.mjs).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { subscriberKeys } from './support/mockPushService.mjs';
import { storeBackends, warnPostgresSkipped } from './support/storeBackends.mjs';

const run = promisify(execFile);
const NOW = Date.UTC(2026, 10, 22, 9, 0);
const OWNER = 'a'.repeat(64);
const STRANGER = 'b'.repeat(64);

function subscription(name) {
  const keys = subscriberKeys(name);
  return { endpoint: `https://push.example.com/${name}`, keys: { p256dh: keys.p256dh, auth: keys.auth } };
}
const water = (id, at) => ({ id, at, kind: 'water' });

warnPostgresSkipped('the store contract suite');

for (const backend of storeBackends()) {
  // Generous: Postgres round trips on a shared 2-core machine.
  describe(`PushStore contract: ${backend.name}`, { timeout: 30_000 }, () => {
    /** @type {import('./support/storeBackends.mjs').OpenedStore} */
    let opened;
    /** @type {import('../../server/push/store.mjs').PushStore} */
    let store;

    beforeAll(() => backend.setup(), 60_000);
    afterAll(() => backend.teardown(), 60_000);
    beforeEach(async () => {
      opened = await backend.open();
      store = opened.store;
    });
    afterEach(() => opened.close());

    function sync(name, reminders, now = NOW, { ownerHash = OWNER, caps, lang } = {}) {
      return store.syncSubscription({ subscription: subscription(name), ownerHash, timeZone: 'Europe/London', ...(lang ? { lang } : {}), reminders }, now, caps);
    }
    const claim = (options = {}) => store.claimDue({ now: NOW, limit: 100, leaseMs: 60_000, token: 'tok', ...options });
    const states = async () => Object.fromEntries((await opened.peek.reminders()).map((r) => [r.reminder_id, r.state]));

    describe('meta', () => {
      it('keeps a value once made, across connections', async () => {
        const first = await store.getOrCreateMeta('vapid', () => 'one');
        const other = await opened.connectAgain();
        expect(await other.getOrCreateMeta('vapid', () => 'two')).toBe(first);
        await other.close();
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
        expect((await opened.peek.reminders()).map(({ reminder_id, at, kind }) => ({ reminder_id, at: Number(at), kind }))).toEqual([
          { reminder_id: 'b', at: NOW + 5000, kind: 'water' },
          { reminder_id: 'c', at: NOW + 3000, kind: 'exercise' },
        ]);
        expect((await claim({ now: NOW + 4000 })).map((c) => c.reminderId)).toEqual(['c']);
      });

      it('never re-arms an id that was sent, even when re-synced with a new time', async () => {
        await sync('s1', [water('a', NOW - 1000)]);
        const [c] = await claim();
        expect(await store.markSent(c, NOW)).toBe(true);
        expect(await sync('s1', [water('a', NOW + 60_000)])).toEqual({ scheduled: 0 });
        expect(await states()).toEqual({ a: 'sent' });
        expect(await claim({ now: NOW + 120_000 })).toEqual([]);
      });

      it('leaves a reminder being sent alone when a re-sync omits it', async () => {
        await sync('s1', [water('a', NOW - 1000)]);
        await claim();
        await sync('s1', []);
        expect(await states()).toEqual({ a: 'sending' });
      });

      it('does not queue a reminder again while it is being sent, moved or not', async () => {
        await sync('s1', [water('a', NOW - 1000)]);
        const [c] = await claim();
        expect(await sync('s1', [water('a', NOW + 5000)])).toEqual({ scheduled: 0 });
        expect(await store.markSent(c, NOW)).toBe(true);
        expect(await states()).toEqual({ a: 'sent' });
        expect(await claim({ now: NOW + 10_000 })).toEqual([]);
      });

      it('keeps a retry waiting when a re-sync brings the same reminder', async () => {
        await sync('s1', [water('a', NOW - 10)]);
        const [c] = await claim();
        await store.scheduleRetry(c, NOW + 5000);
        await sync('s1', [water('a', NOW - 10)]);
        expect(await claim({ now: NOW + 4999 })).toEqual([]);
        expect(await claim({ now: NOW + 5000 })).toHaveLength(1);
      });

      it('updates the keys of an existing endpoint instead of duplicating it', async () => {
        await sync('s1', [water('a', NOW)]);
        const other = subscriberKeys('rotated');
        await store.syncSubscription({ subscription: { endpoint: 'https://push.example.com/s1', keys: { p256dh: other.p256dh, auth: other.auth } }, ownerHash: OWNER, timeZone: 'Asia/Tokyo', reminders: [water('a', NOW)] }, NOW);
        expect(await opened.peek.subscriptions()).toEqual([{ p256dh: other.p256dh, time_zone: 'Asia/Tokyo', owner_hash: OWNER }]);
      });
    });

    describe('languages', () => {
      it('hands each claim its subscription\'s language, English when a sync gives none, the latest sync\'s after a switch', async () => {
        await sync('s1', [water('a', NOW - 10)], NOW, { lang: 'es' });
        await sync('s2', [water('b', NOW - 20)]);
        expect(Object.fromEntries((await claim()).map((c) => [c.reminderId, c.lang]))).toEqual({ a: 'es', b: 'en' });
        await sync('s1', [water('a', NOW - 10), water('c', NOW - 5)], NOW, { lang: 'pt-BR' });
        expect((await claim()).map((c) => [c.reminderId, c.lang])).toEqual([['c', 'pt-BR']]);
      });

      it('reads a subscription stored before languages existed as English, until its next sync', async () => {
        await sync('s1', [water('a', NOW - 10), water('b', NOW - 5)], NOW, { lang: 'de' });
        await opened.peek.forgetLanguages();
        // Opening the store again migrates it.
        const upgraded = await opened.connectAgain();
        try {
          const claimOne = () => upgraded.claimDue({ now: NOW, limit: 1, leaseMs: 60_000, token: 'tok' });
          expect((await claimOne()).map((c) => c.lang)).toEqual(['en']);
          await upgraded.syncSubscription({ subscription: subscription('s1'), ownerHash: OWNER, timeZone: 'Europe/London', lang: 'fr', reminders: [water('b', NOW - 5)] }, NOW);
          expect((await claimOne()).map((c) => c.lang)).toEqual(['fr']);
        } finally {
          await upgraded.close();
        }
      });
    });

    describe('ownership and caps', () => {
      it('refuses a sync or delete with another owner hash and changes nothing', async () => {
        await sync('s1', [water('a', NOW + 1000), water('b', NOW + 2000)]);
        expect(await sync('s1', [], NOW, { ownerHash: STRANGER })).toEqual({ refused: 'not-owner' });
        expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1', STRANGER)).toBe('not-owner');
        expect(await states()).toEqual({ a: 'due', b: 'due' });
        expect((await opened.peek.subscriptions()).map((s) => s.owner_hash)).toEqual([OWNER]);
        expect(await sync('s1', [water('a', NOW + 1000)])).toEqual({ scheduled: 1 });
        expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1', OWNER)).toBe('deleted');
      });

      it('lets the first sync claim a row made before ownership existed', async () => {
        await sync('s1', [water('a', NOW + 1000)]);
        await opened.peek.forgetOwners();
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
        expect(await opened.peek.admissions()).toBe(1);
      });

      it('holds the address cap when new subscriptions from one address race', async () => {
        const caps = { newFromAddress: { key: 'racer', perHour: 3 } };
        const results = await Promise.all(Array.from({ length: 8 }, (_, i) => sync(`race-${i}`, [], NOW, { caps })));
        expect(results.filter((r) => 'scheduled' in r)).toHaveLength(3);
        expect(results.filter((r) => 'refused' in r && r.refused === 'address-cap')).toHaveLength(5);
      });

      it('caps the reminder rows a subscription holds, counting sent ones, and rolls back when over', async () => {
        const caps = { storedReminders: 3 };
        await sync('s1', [water('a', NOW - 10), water('b', NOW - 5)], NOW, { caps });
        for (const c of await claim()) await store.markSent(c, NOW);
        expect(await sync('s1', [water('c', NOW + 1000), water('d', NOW + 1000)], NOW, { caps })).toEqual({ refused: 'reminder-cap' });
        expect(await states()).toEqual({ a: 'sent', b: 'sent' });
        expect(await sync('s1', [water('c', NOW + 1000)], NOW, { caps })).toEqual({ scheduled: 1 });
      });
    });

    describe('claimDue', () => {
      it('claims only due reminders, earliest first, up to the limit, with their subscription', async () => {
        await sync('s1', [water('late', NOW - 10), water('early', NOW - 500), water('future', NOW + 1)]);
        const claims = await claim({ limit: 1 });
        expect(claims).toHaveLength(1);
        expect(claims[0]).toMatchObject({ reminderId: 'early', kind: 'water', at: NOW - 500, attempts: 1, token: 'tok', subscription: subscription('s1') });
        expect((await claim()).map((c) => c.reminderId)).toEqual(['late']);
        expect(await claim()).toEqual([]);
      });

      it('waits for retry_at', async () => {
        await sync('s1', [water('a', NOW - 10)]);
        const [c] = await claim();
        expect(await store.scheduleRetry(c, NOW + 5000)).toBe(true);
        expect(await claim({ now: NOW + 4999 })).toEqual([]);
        expect((await claim({ now: NOW + 5000 }))[0]).toMatchObject({ reminderId: 'a', attempts: 2, at: NOW - 10 });
      });

      it('takes back a claim whose lease ran out, and the old claimer can no longer complete it', async () => {
        await sync('s1', [water('a', NOW - 10)]);
        const [stale] = await claim({ token: 'dead' });
        expect(await claim({ now: NOW + 59_999, token: 'new' })).toEqual([]);
        const [fresh] = await claim({ now: NOW + 60_000, token: 'new' });
        expect(fresh).toMatchObject({ reminderId: 'a', token: 'new', attempts: 2 });
        expect(await store.markSent(stale, NOW)).toBe(false);
        expect(await store.scheduleRetry(stale, NOW)).toBe(false);
        expect(await store.markSent(fresh, NOW)).toBe(true);
      });

      it('answers each of many completions made at once, held claims or not', async () => {
        await sync('s1', Array.from({ length: 40 }, (_, i) => water(`r${i}`, NOW - i)));
        const claims = await claim();
        const lost = { ...claims[0], token: 'not-mine' };
        const answers = await Promise.all([
          ...claims.slice(0, 20).map((c) => store.markSent(c, NOW)),
          ...claims.slice(20, 30).map((c) => store.markFinished(c, 'failed', 'http-400', NOW)),
          ...claims.slice(30).map((c) => store.scheduleRetry(c, NOW + 1000)),
          store.markSent(lost, NOW),
        ]);
        expect(answers).toEqual([...Array(40).fill(true), false]);
        expect(await store.counts()).toMatchObject({ due: 10, sending: 0, sent: 20, failed: 10 });
      });

      it('hands disjoint sets to two connections taking turns', async () => {
        await sync('s1', Array.from({ length: 300 }, (_, i) => water(`r${i}`, NOW - i)));
        const other = await opened.connectAgain();
        const seen = [[], []];
        for (let turn = 0; ; turn++) {
          const claims = await (turn % 2 ? other : store).claimDue({ now: NOW, limit: 7, leaseMs: 60_000, token: `t${turn}` });
          if (claims.length === 0) break;
          seen[turn % 2].push(...claims.map((c) => c.reminderId));
        }
        await other.close();
        expect(new Set([...seen[0], ...seen[1]]).size).toBe(300);
        expect(seen[0].length + seen[1].length).toBe(300);
      });

      it('hands disjoint sets to three processes racing', async () => {
        for (let s = 0; s < 6; s++) await sync(`s${s}`, Array.from({ length: 500 }, (_, i) => water(`r${i}`, Date.now() - 60_000 - i)), Date.now());
        const startAt = String(Date.now() + 2500);
        const worker = new URL('./support/claimWorker.mjs', import.meta.url).pathname;
        const outputs = await Promise.all([0, 1, 2].map(() => run(process.execPath, [worker, ...opened.workerArgs, startAt])));
        const claimed = outputs.map(({ stdout }) => JSON.parse(stdout));
        expect(claimed.flat()).toHaveLength(3000);
        expect(new Set(claimed.flat()).size).toBe(3000);
        // Which process wins how many depends on scheduling (on a loaded machine one may take them
        // all); what must hold is that no reminder is claimed twice and none is left behind.
      }, 60_000);
    });

    describe('deleting and forgetting', () => {
      it('deletes a subscription with its reminders, by endpoint or by id', async () => {
        await sync('s1', [water('a', NOW)]);
        await sync('s2', [water('b', NOW)]);
        expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1', OWNER)).toBe('deleted');
        expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1', OWNER)).toBe('absent');
        const [c] = await claim();
        await store.deleteSubscription(c.subscriptionId);
        expect(await store.markSent(c, NOW)).toBe(false);
        expect(await store.counts()).toEqual({ due: 0, sending: 0, sent: 0, failed: 0, expired: 0, subscriptions: 0 });
      });

      it('deletes the finished reminders with their subscription', async () => {
        await sync('s1', [water('a', NOW - 10)]);
        const [c] = await claim();
        await store.markSent(c, NOW);
        expect(await store.deleteSubscriptionByEndpoint('https://push.example.com/s1', OWNER)).toBe('deleted');
        expect(await opened.peek.reminders()).toEqual([]);
      });

      it('purges finished reminders and idle subscriptions, keeping anything still due', async () => {
        await sync('old', [water('a', NOW - 1000)], NOW - 100 * 86_400_000);
        await sync('busy', [water('b', NOW + 86_400_000)], NOW - 100 * 86_400_000);
        const [c] = await claim();
        await store.markFinished(c, 'expired', 'past-ttl', NOW);
        expect(await store.purge({ finishedBefore: NOW, idleSubscriptionsBefore: NOW - 90 * 86_400_000 })).toEqual({ reminders: 1, subscriptions: 1 });
        expect(await states()).toEqual({ b: 'due' });
      });
    });
  });
}
