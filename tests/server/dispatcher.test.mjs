// @vitest-environment node
// The dispatcher against the loopback mock push service, with real web-push encryption and VAPID.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../server/push/dispatcher.mjs';
import { openSqliteStore } from '../../server/push/sqliteStore.mjs';
import { loadVapidDetails } from '../../server/push/vapid.mjs';
import { createWebPushSender } from '../../server/push/webPushSender.mjs';
import { startMockPushService } from './support/mockPushService.mjs';

const OWNER_HASH = '0'.repeat(64);
import { useLoopbackTls } from './support/selfSignedCert.mjs';

const tls = useLoopbackTls();
let dir;
let store;
let vapid;
let mock;
let clock;
let logs;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aftercare-dispatch-'));
  store = openSqliteStore({ file: join(dir, 'push.sqlite') });
  vapid = await loadVapidDetails(store, { subject: 'mailto:test@aftercare.example' });
  mock = await startMockPushService({ key: tls.key, cert: tls.cert, vapidPublicKey: vapid.publicKey });
  clock = Date.now();
  logs = [];
});
afterEach(async () => {
  await mock.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function dispatcher(options = {}) {
  const log = { info: (m) => logs.push(m), error: (m) => logs.push(m) };
  return createDispatcher({
    store,
    send: createWebPushSender({ vapid, agent: tls.agent, testMode: true }),
    now: () => clock,
    backoff: { baseMs: 1000, random: () => 0.5 },
    log,
    ...options,
  });
}

async function subscribe(name, reminders, lang) {
  await store.syncSubscription({ subscription: mock.subscriptionFor(name), ownerHash: OWNER_HASH, timeZone: 'Europe/London', ...(lang ? { lang } : {}), reminders }, clock);
}
const rows = () => store.db.prepare('SELECT reminder_id, state, attempts, retry_at, outcome FROM reminders ORDER BY reminder_id').all();

describe('dispatcher with a real push round trip', () => {
  it('sends each due reminder once, encrypted, with VAPID, TTL/Urgency/Topic per kind', async () => {
    const kinds = ['water', 'exercise', 'check-in', 'appointment'];
    for (let s = 0; s < 3; s++) {
      await subscribe(`phone-${s}`, [
        ...kinds.map((kind, i) => ({ id: `s${s}-${kind}`, at: clock - 1000 * (i + 1), kind })),
        { id: `s${s}-later`, at: clock + 60_000, kind: 'water' },
      ]);
    }
    const totals = await dispatcher().tick();
    expect(totals).toMatchObject({ claimed: 12, sent: 12, retried: 0, failed: 0 });
    expect(mock.problems).toEqual([]);
    expect(mock.received.map((r) => r.reminderId).sort()).toEqual(
      [0, 1, 2].flatMap((s) => kinds.map((k) => `s${s}-${k}`)).sort(),
    );
    const byKind = Object.fromEntries(mock.received.map((r) => [r.kind, { ttl: r.ttl, topic: r.topic, urgency: r.urgency }]));
    expect(byKind).toEqual({
      water: { ttl: 1800, topic: 'water', urgency: 'high' },
      exercise: { ttl: 7200, topic: 'exercise', urgency: 'high' },
      'check-in': { ttl: 43200, topic: 'check-in', urgency: 'high' },
      appointment: { ttl: 86400, topic: 'appointment', urgency: 'high' },
    });
    const sample = mock.received.find((r) => r.reminderId === 's1-exercise');
    expect(sample.payload).toEqual({
      web_push: 8030,
      notification: { title: 'Aftercare', body: 'Time for your exercises', lang: 'en', navigate: '/exercises', tag: 's1-exercise', silent: false },
      reminderId: 's1-exercise',
      kind: 'exercise',
    });
    expect(Math.max(...mock.received.map((r) => r.bytes))).toBeLessThan(4096);
    expect(await store.counts()).toMatchObject({ sent: 12, due: 3, sending: 0 });
    expect(await dispatcher().tick()).toMatchObject({ claimed: 0 });
    expect(mock.received).toHaveLength(12);
  });

  it('writes each push in the language its subscription last synced', async () => {
    await subscribe('es', [{ id: 'es-water', at: clock - 10, kind: 'water' }], 'es');
    await subscribe('fr', [{ id: 'fr-check', at: clock - 10, kind: 'check-in' }], 'fr');
    await subscribe('old-client', [{ id: 'en-water', at: clock - 10, kind: 'water' }]);
    expect(await dispatcher().tick()).toMatchObject({ sent: 3 });
    const byId = Object.fromEntries(mock.received.map((r) => [r.reminderId, r.payload.notification]));
    expect(byId['es-water']).toMatchObject({ body: 'Es hora de tomar un vaso de agua', lang: 'es' });
    expect(byId['fr-check']).toMatchObject({ body: 'C’est l’heure d’un petit point de suivi', lang: 'fr' });
    expect(byId['en-water']).toMatchObject({ body: 'Time for a glass of water', lang: 'en' });
  });

  it.each([404, 410])('deletes the subscription and its reminders on %i', async (status) => {
    await subscribe('gone', [{ id: 'g1', at: clock - 10, kind: 'water' }, { id: 'g2', at: clock + 3_600_000, kind: 'water' }]);
    await subscribe('alive', [{ id: 'a1', at: clock - 10, kind: 'water' }]);
    mock.script('gone', [{ status }]);
    const totals = await dispatcher().tick();
    expect(totals).toMatchObject({ sent: 1, gone: 1 });
    expect(rows().map((r) => r.reminder_id)).toEqual(['a1']);
    expect(await store.counts()).toMatchObject({ subscriptions: 1 });
  });

  it('retries a 429 no sooner than Retry-After', async () => {
    await subscribe('busy', [{ id: 'b1', at: clock - 10, kind: 'check-in' }]);
    mock.script('busy', [{ status: 429, retryAfter: '120' }]);
    const d = dispatcher();
    expect(await d.tick()).toMatchObject({ retried: 1, sent: 0 });
    expect(rows()[0]).toMatchObject({ state: 'due', retry_at: clock + 120_000 });
    clock += 119_999;
    expect(await d.tick()).toMatchObject({ claimed: 0 });
    clock += 1;
    expect(await d.tick()).toMatchObject({ sent: 1 });
    expect(mock.requestsByName.busy).toBe(2);
    expect(mock.received.map((r) => r.reminderId)).toEqual(['b1']);
  });

  it('retries a 500 with exponential back-off until it succeeds', async () => {
    await subscribe('flaky', [{ id: 'f1', at: clock - 10, kind: 'appointment' }]);
    mock.script('flaky', [{ status: 500 }, { status: 503 }]);
    const d = dispatcher();
    expect(await d.tick()).toMatchObject({ retried: 1 });
    expect(rows()[0].retry_at - clock).toBe(750); // attempt 1: base 1000, jitter 0.5 → 750
    clock += 750;
    expect(await d.tick()).toMatchObject({ retried: 1 });
    expect(rows()[0].retry_at - clock).toBe(1500); // attempt 2 doubles
    clock += 1500;
    expect(await d.tick()).toMatchObject({ sent: 1 });
    expect(rows()[0]).toMatchObject({ state: 'sent', attempts: 3 });
  });

  it('gives up after maxAttempts', async () => {
    await subscribe('down', [{ id: 'd1', at: clock - 10, kind: 'appointment' }]);
    mock.script('down', Array.from({ length: 10 }, () => ({ status: 502 })));
    const d = dispatcher({ maxAttempts: 3 });
    for (let i = 0; i < 5; i++) {
      await d.tick();
      clock += 60_000;
    }
    expect(mock.requestsByName.down).toBe(3);
    expect(rows()[0]).toMatchObject({ state: 'failed', outcome: 'gave-up' });
  });

  it('retries when the push service cannot be reached at all', async () => {
    await store.syncSubscription({
      subscription: { endpoint: 'https://127.0.0.1:1/push/nobody', keys: mock.subscriptionFor('nobody').keys },
      ownerHash: OWNER_HASH,
      timeZone: 'UTC',
      reminders: [{ id: 'n1', at: clock - 10, kind: 'exercise' }],
    }, clock);
    expect(await dispatcher().tick()).toMatchObject({ retried: 1 });
    expect(rows()[0]).toMatchObject({ state: 'due', attempts: 1 });
  });

  it('reports 403 as a VAPID configuration error and does not retry it', async () => {
    await subscribe('wrong-key', [{ id: 'w1', at: clock - 10, kind: 'water' }]);
    mock.script('wrong-key', [{ status: 403 }]);
    const d = dispatcher();
    expect(await d.tick()).toMatchObject({ vapidErrors: 1, retried: 0 });
    expect(logs.some((m) => m.includes('VAPID configuration error'))).toBe(true);
    expect(rows()[0]).toMatchObject({ state: 'failed', outcome: 'vapid-403' });
    clock += 86_400_000;
    await d.tick();
    expect(mock.requestsByName['wrong-key']).toBe(1);
  });

  it('drops a reminder claimed after its TTL instead of sending it late', async () => {
    await subscribe('late', [
      { id: 'stale-water', at: clock - 31 * 60_000, kind: 'water' },
      { id: 'fresh-appointment', at: clock - 31 * 60_000, kind: 'appointment' },
    ]);
    expect(await dispatcher().tick()).toMatchObject({ expired: 1, sent: 1 });
    expect(mock.received.map((r) => r.reminderId)).toEqual(['fresh-appointment']);
  });

  it('logs counts only: no endpoints, ids or payloads', async () => {
    await subscribe('private', [{ id: 'secret-id-123', at: clock - 10, kind: 'water' }]);
    await subscribe('private-2', [{ id: 'secret-id-456', at: clock - 10, kind: 'water' }]);
    mock.script('private-2', [{ status: 403 }]);
    await dispatcher().tick();
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) {
      expect(line).not.toMatch(/secret-id|127\.0\.0\.1|push\/private|glass of water/);
    }
  });

  it('retries a fault inside the server like a network failure, then gives up', async () => {
    await subscribe('fault', [{ id: 'x1', at: clock - 10, kind: 'appointment' }]);
    let calls = 0;
    const d = dispatcher({ maxAttempts: 2, send: async () => { calls++; throw new Error('boom at https://secret.example'); } });
    expect(await d.tick()).toMatchObject({ retried: 1 });
    clock += 60_000;
    expect(await d.tick()).toMatchObject({ failed: 1 });
    expect(calls).toBe(2);
    expect(rows()[0]).toMatchObject({ state: 'failed', outcome: 'gave-up' });
    expect(logs.join('\n')).not.toContain('secret.example');
  });

  it('refuses a lease shorter than a batch can take', () => {
    expect(() => dispatcher({ batchSize: 500, concurrency: 10, sendTimeoutMs: 10_000, leaseMs: 60_000 })).toThrow(/leaseMs/);
  });

  it('start() ticks on its own and stop() waits for the batch in flight', async () => {
    await subscribe('timer', [{ id: 't1', at: clock - 10, kind: 'water' }]);
    const d = dispatcher();
    d.start(10);
    await expect.poll(() => mock.received.length, { timeout: 5000 }).toBe(1);
    await d.stop();
    expect(rows()[0].state).toBe('sent');
  });
});
