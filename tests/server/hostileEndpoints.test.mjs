// @vitest-environment node
// Push endpoints an attacker controls, against two dispatchers sharing one store: the server stays
// up, everyone else's reminders go out on time, the hostile ones end as documented in
// dispatcher.mjs, and no reminder is ever being sent by two dispatchers at once.
import { createServer } from 'node:https';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../server/push/dispatcher.mjs';
import { openSqliteStore } from '../../server/push/sqliteStore.mjs';
import { loadVapidDetails } from '../../server/push/vapid.mjs';
import { createWebPushSender } from '../../server/push/webPushSender.mjs';
import { startMockPushService } from './support/mockPushService.mjs';
import { useLoopbackTls } from './support/selfSignedCert.mjs';

const OWNER_HASH = '1'.repeat(64);
const DEADLINE_MS = 1000;
const quiet = { info() {}, error() {} };
const tls = useLoopbackTls();
let dir;
let stores;
let vapid;
let mock;
let trap;
let trapHits;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aftercare-hostile-'));
  const file = join(dir, 'push.sqlite');
  stores = [openSqliteStore({ file }), openSqliteStore({ file })];
  vapid = await loadVapidDetails(stores[0], { subject: 'mailto:test@aftercare.example' });
  mock = await startMockPushService({ key: tls.key, cert: tls.cert, vapidPublicKey: vapid.publicKey });
  // Stands for a private address a redirect points at: it must never be asked anything.
  trapHits = 0;
  trap = createServer({ key: tls.key, cert: tls.cert }, (_req, res) => {
    trapHits++;
    res.writeHead(201).end();
  });
  await new Promise((ready) => trap.listen(0, '127.0.0.1', ready));
});
afterEach(async () => {
  await mock.close();
  await new Promise((done) => {
    trap.close(done);
    trap.closeAllConnections();
  });
  for (const store of stores) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function dispatcherOn(store, options = {}) {
  return createDispatcher({
    store,
    send: createWebPushSender({ vapid, agent: tls.agent, testMode: true }),
    batchSize: 32,
    concurrency: 16,
    perSubscription: 2,
    deferMs: 300,
    leaseMs: 3000,
    sendTimeoutMs: DEADLINE_MS,
    maxAttempts: 3,
    backoff: { baseMs: 400 },
    log: quiet,
    ...options,
  });
}

async function subscribe(name, reminders) {
  await stores[0].syncSubscription({ subscription: mock.subscriptionFor(name), ownerHash: OWNER_HASH, timeZone: 'UTC', reminders }, Date.now());
}
const stateOf = () => Object.fromEntries(
  stores[0].db.prepare('SELECT reminder_id, state, outcome, attempts FROM reminders').all().map((r) => [r.reminder_id, r]),
);

describe('hostile push endpoints', () => {
  it('cannot crash the server, delay other people, or get a reminder sent twice', async () => {
    const trapOrigin = `https://127.0.0.1:${trap.address().port}`;
    const hostile = {
      'huge-body': { status: 201, hostile: 'huge-body' },
      'drip-body': { status: 201, hostile: 'drip-body' },
      'drip-head': { status: 201, hostile: 'drip-head' },
      silent: { status: 201, hostile: 'silent' },
      reset: { status: 201, hostile: 'reset' },
      'slow-down': { status: 429, retryAfter: '999999999' },
      redirect: { status: 301, location: `${trapOrigin}/push/inside` },
    };
    const start = Date.now();
    for (const [name, answer] of Object.entries(hostile)) {
      mock.behave(name, answer);
      // More reminders due at once than one subscription may have in flight.
      await subscribe(name, Array.from({ length: 4 }, (_, i) => ({ id: `${name}-${i}`, at: start - 100 - i, kind: 'check-in' })));
    }
    const honest = [];
    for (let f = 0; f < 4; f++) {
      const reminders = [1000, 2000, 3000].map((delay, i) => ({ id: `friend-${f}-${i}`, at: start + delay, kind: 'water' }));
      honest.push(...reminders);
      await subscribe(`friend-${f}`, reminders);
    }
    const rssBefore = process.memoryUsage.rss();
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
    const dispatchers = stores.map((store) => dispatcherOn(store));
    for (const d of dispatchers) d.start(100);
    try {
      await expect.poll(() => honest.filter((r) => mock.received.some((m) => m.reminderId === r.id)).length, { timeout: 15_000, interval: 50 }).toBe(honest.length);
      // Hostile reminders end as documented: sent (the 201s: we take the status and drop the rest),
      // failed after maxAttempts (no answer in time), expired (Retry-After past the TTL) or refused (3xx).
      await expect.poll(() => Object.values(stateOf()).filter((r) => r.state === 'due' || r.state === 'sending').length, { timeout: 30_000, interval: 100 })
        .toBe(0);
    } finally {
      for (const d of dispatchers) await d.stop();
      clearInterval(sampler);
    }

    const lateness = honest.map((r) => mock.received.find((m) => m.reminderId === r.id).at - r.at);
    console.log(`hostile endpoints: honest reminders arrived ${Math.min(...lateness)}–${Math.max(...lateness)} ms after due; ` +
      `peak RSS +${Math.round((peakRss - rssBefore) / 1048576)} MB; hostile requests ${JSON.stringify(Object.fromEntries(Object.keys(hostile).map((n) => [n, mock.requestsByName[n]])))}`);
    expect(Math.max(...lateness)).toBeLessThan(2500);
    expect(peakRss - rssBefore).toBeLessThan(200 * 1048576);

    const states = stateOf();
    const outcome = (name) => [...new Set([0, 1, 2, 3].map((i) => `${states[`${name}-${i}`].state}:${states[`${name}-${i}`].outcome}`))];
    expect(outcome('huge-body')).toEqual(['sent:sent']);
    expect(outcome('drip-body')).toEqual(['sent:sent']);
    expect(outcome('drip-head')).toEqual(['failed:gave-up']);
    expect(outcome('silent')).toEqual(['failed:gave-up']);
    expect(outcome('reset')).toEqual(['failed:gave-up']);
    expect(outcome('slow-down')).toEqual(['expired:retry-after-past-ttl']);
    expect(outcome('redirect')).toEqual(['failed:http-301']);
    expect(trapHits).toBe(0);

    // Never two sends of one reminder at once, never more requests than claims, and every reminder a
    // push service accepted was accepted once.
    for (const [id, open] of Object.entries(mock.maxOpenById)) expect(open, id).toBe(1);
    for (const [id, requests] of Object.entries(mock.requestsById)) expect(requests, id).toBeLessThanOrEqual(states[id].attempts);
    const accepted = mock.received.map((m) => m.reminderId);
    expect(accepted.length).toBe(new Set(accepted).size);
    expect(mock.problems).toEqual([]);
  }, 60_000);

  it('refuses at connect time a stored row that points at a loopback IP literal (outside test mode)', async () => {
    await subscribe('inside', [{ id: 'in-1', at: Date.now() - 10, kind: 'water' }]);
    const strict = dispatcherOn(stores[0], { send: createWebPushSender({ vapid, agent: tls.agent }) });
    expect(await strict.tick()).toMatchObject({ claimed: 1, failed: 1, sent: 0 });
    expect(stateOf()['in-1']).toMatchObject({ state: 'failed', outcome: 'endpoint-refused' });
    expect(mock.requestsByName.inside).toBeUndefined();
  });

  it('a single send: a 700 MB answer costs a few KB and ends at once; silence ends at the deadline', async () => {
    const send = createWebPushSender({ vapid, agent: tls.agent, testMode: true });
    const payload = JSON.stringify({ hello: 'there' });
    mock.behave('huge', { status: 201, hostile: 'huge-body' });
    mock.behave('quiet', { status: 201, hostile: 'silent' });
    const rssBefore = process.memoryUsage.rss();
    let started = Date.now();
    expect(await send({ subscription: mock.subscriptionFor('huge'), payload, kind: 'water', timeoutMs: 2000 })).toEqual({ status: 201 });
    expect(Date.now() - started).toBeLessThan(1500);
    started = Date.now();
    expect(await send({ subscription: mock.subscriptionFor('quiet'), payload, kind: 'water', timeoutMs: 300 })).toEqual({ status: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(1500);
    await new Promise((settle) => setTimeout(settle, 200));
    expect(process.memoryUsage.rss() - rssBefore).toBeLessThan(100 * 1048576);
  }, 20_000);
});
