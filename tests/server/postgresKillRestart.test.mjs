// @vitest-environment node
// Three dispatcher processes on one Postgres, one killed with SIGKILL mid-run and restarted: every
// reminder reaches the push service, and the only duplicates are among what the killed process held
// (claimed, sent or not, not yet recorded) at that moment, or sends that got no answer and were
// retried (at least once, by design). `npm run bench` does the same with 100,000.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../server/push/postgresStore.mjs';
import { loadVapidDetails } from '../../server/push/vapid.mjs';
import { startMockPushService } from './support/mockPushService.mjs';
import { makeSelfSignedCert } from './support/selfSignedCert.mjs';
import { createTestDatabase, POSTGRES_REQUIRED, POSTGRES_URL, warnPostgresSkipped } from './support/storeBackends.mjs';

const SUBSCRIPTIONS = 30;
const PER_SUBSCRIPTION = 100;
const REMINDERS = SUBSCRIPTIONS * PER_SUBSCRIPTION;
const worker = new URL('./support/dispatcherProcess.mjs', import.meta.url).pathname;

warnPostgresSkipped('the three-dispatcher kill-and-restart test');

describe.runIf(POSTGRES_URL || POSTGRES_REQUIRED)('three dispatchers on one Postgres', () => {
  let tls;
  let database;

  beforeAll(async () => {
    tls = makeSelfSignedCert();
    database = await createTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await database?.drop();
    if (tls) rmSync(tls.dir, { recursive: true, force: true });
  }, 60_000);

  function startDispatcher(label) {
    const child = spawn(process.execPath, [worker], {
      env: {
        ...process.env,
        AFTERCARE_DATABASE_URL: database.url,
        MOCK_CA: tls.certPath,
        // A send that times out after the push service took it is sent again (at least once), which
        // is not what this test counts: the deadline is far beyond what a loaded machine needs, and
        // the lease beyond one deadline (a claim waits for at most BATCH / CONCURRENCY = 1 send).
        LEASE_MS: '20000',
        BATCH: '32',
        CONCURRENCY: '32',
        SEND_TIMEOUT_MS: '15000',
        CLAIM_LABEL: label,
        UNTIL_IDLE: '1',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const exited = once(child, 'exit');
    const figures = exited.then(() => JSON.parse(output.match(/^figures (.*)$/m)?.[1] ?? '{}'));
    return { child, exited, figures };
  }

  it('loses nothing when one is killed mid-run and restarted; duplicates only what it held', async () => {
    const store = await openPostgresStore({ url: database.url });
    const vapid = await loadVapidDetails(store, { subject: 'mailto:test@aftercare.example' });
    const mock = await startMockPushService({ key: tls.key, cert: tls.cert, vapidPublicKey: vapid.publicKey, delayMs: 2 });
    try {
      const kinds = ['water', 'exercise', 'check-in', 'appointment'];
      const now = Date.now();
      const allIds = [];
      for (let s = 0; s < SUBSCRIPTIONS; s++) {
        const reminders = Array.from({ length: PER_SUBSCRIPTION }, (_, i) => ({ id: `p${s}-r${i}`, at: now - 1000 - i, kind: kinds[i % 4] }));
        allIds.push(...reminders.map((r) => `phone-${s}/${r.id}`));
        await store.syncSubscription({ subscription: mock.subscriptionFor(`phone-${s}`), ownerHash: '0'.repeat(64), timeZone: 'UTC', reminders }, now);
      }
      const heldBy = async (label) =>
        (await store.pool.query('SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE locked_by LIKE $1', [`${label}:%`])).rows[0].n;

      const dispatchers = ['d0', 'd1', 'd2'].map(startDispatcher);
      // Killed while it holds claims and a good part of the run is still ahead.
      await expect.poll(async () => mock.received.length >= REMINDERS / 4 && (await heldBy('d1')) > 0, { timeout: 60_000, interval: 10 }).toBe(true);
      dispatchers[1].child.kill('SIGKILL');
      await dispatchers[1].exited;
      // What it held at death (claimed, sent or not, not yet recorded): only these may go out twice.
      const held = await heldBy('d1');
      const heldIds = new Set((await store.pool.query("SELECT payload->>'r' AS r FROM graphile_worker._private_jobs WHERE locked_by LIKE 'd1:%'")).rows.map((r) => r.r));
      const receivedAtKill = mock.received.length;
      expect(receivedAtKill).toBeLessThan(REMINDERS);

      const restarted = startDispatcher('d1-restarted');
      for (const d of [dispatchers[0], dispatchers[2], restarted]) expect(await d.exited).toEqual([0, null]);
      await new Promise((settle) => setTimeout(settle, 50)); // responses still on the wire to the mock

      const received = mock.received.map((r) => `${r.name}/${r.reminderId}`);
      const duplicates = received.length - new Set(received).size;
      console.log(`postgres kill test: d1 killed after ${receivedAtKill} of ${REMINDERS} received, holding ${held} claim(s); ` +
        `${received.length} deliveries, ${duplicates} duplicate(s) at the transport`);

      const seen = new Set();
      const duplicated = mock.received.map((r) => r.reminderId).filter((id) => seen.has(id) || !seen.add(id));
      // A send that got no answer (a reset, the deadline on a starved machine) is retried and may
      // have arrived: a duplicate the kill did not cause. Every retry must be one of those, never a
      // failure inside the dispatcher, and each is named so a failure here says what happened.
      const figures = await Promise.all([dispatchers[0], dispatchers[2], restarted].map((d) => d.figures));
      const transportRetries = figures.flatMap((f) => f.transportRetries);
      if (transportRetries.length > 0) console.log(`postgres kill test: retried after the transport failed: ${JSON.stringify(transportRetries)}`);
      const resent = new Set(transportRetries.map((r) => r.id));
      expect(mock.problems).toEqual([]);
      expect(figures.flatMap((f) => f.serverErrors)).toEqual([]);
      expect(figures.map((f) => f.retried)).toEqual(figures.map((f) => f.transportRetries.length));
      expect(duplicated.filter((id) => !heldIds.has(id) && !resent.has(id))).toEqual([]);
      expect(new Set(received)).toEqual(new Set(allIds));
      expect(await store.counts()).toMatchObject({ due: 0, sending: 0, failed: 0, expired: 0, sent: REMINDERS });
      expect(duplicates).toBeLessThanOrEqual(held + transportRetries.length);
    } finally {
      await mock.close();
      await store.close();
    }
  }, 120_000);
});
