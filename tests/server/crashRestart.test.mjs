// @vitest-environment node
// Kill -9 the dispatcher mid-run, start another: every reminder is sent, none is lost, and the only
// duplicates are the few the dead process had sent but not yet recorded (at most one batch).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/push/sqliteStore.mjs';
import { loadVapidDetails } from '../../server/push/vapid.mjs';
import { startMockPushService } from './support/mockPushService.mjs';
import { makeSelfSignedCert } from './support/selfSignedCert.mjs';

const REMINDERS = 2000;
const BATCH = 64;
const worker = new URL('./support/dispatcherProcess.mjs', import.meta.url).pathname;
let tls;
let dir;

beforeAll(() => {
  tls = makeSelfSignedCert();
  dir = mkdtempSync(join(tmpdir(), 'aftercare-crash-'));
});
afterAll(() => {
  rmSync(tls.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

function startDispatcher(extraEnv) {
  const child = spawn(process.execPath, [worker], {
    env: { ...process.env, AFTERCARE_DB: join(dir, 'push.sqlite'), MOCK_CA: tls.certPath, LEASE_MS: '3000', BATCH: String(BATCH), CONCURRENCY: '32', ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  return { child, exited };
}

it('loses nothing and duplicates at most one batch when the dispatcher is killed mid-run', async () => {
  const store = openSqliteStore({ file: join(dir, 'push.sqlite') });
  const vapid = await loadVapidDetails(store, { subject: 'mailto:test@aftercare.example' });
  const mock = await startMockPushService({ key: tls.key, cert: tls.cert, vapidPublicKey: vapid.publicKey, delayMs: 2 });
  const kinds = ['water', 'exercise', 'check-in', 'appointment'];
  const now = Date.now();
  const allIds = [];
  for (let s = 0; s < 20; s++) {
    const reminders = Array.from({ length: REMINDERS / 20 }, (_, i) => ({ id: `p${s}-r${i}`, at: now - 1000 - i, kind: kinds[i % 4] }));
    allIds.push(...reminders.map((r) => r.id));
    await store.syncSubscription({ subscription: mock.subscriptionFor(`phone-${s}`), ownerHash: '0'.repeat(64), timeZone: 'UTC', reminders }, now);
  }

  const first = startDispatcher({});
  await expect.poll(() => mock.received.length, { timeout: 20_000, interval: 5 }).toBeGreaterThanOrEqual(600);
  first.child.kill('SIGKILL');
  expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
  const atKill = { received: mock.received.length, ...(await store.counts()) };
  expect(atKill.received).toBeLessThan(REMINDERS); // it really was mid-run

  const second = startDispatcher({ UNTIL_IDLE: '1' });
  expect(await second.exited).toEqual({ code: 0, signal: null });
  await new Promise((settle) => setTimeout(settle, 50)); // responses still on the wire to the mock

  const received = mock.received.map((r) => r.reminderId);
  const sent = store.db.prepare("SELECT reminder_id FROM reminders WHERE state = 'sent'").all().map((r) => r.reminder_id);
  const duplicates = received.length - new Set(received).size;
  console.log(`kill test: killed after ${atKill.received} received (${atKill.sending} claimed in flight, ${atKill.sent} recorded sent); ` +
    `${received.length} deliveries for ${REMINDERS} reminders, ${duplicates} duplicate(s) at the transport`);

  expect(mock.problems).toEqual([]);
  expect(new Set(received)).toEqual(new Set(allIds));
  expect(sent.sort()).toEqual([...allIds].sort());
  expect(await store.counts()).toMatchObject({ due: 0, sending: 0, failed: 0, expired: 0, sent: REMINDERS });
  expect(duplicates).toBeLessThanOrEqual(BATCH);
  await mock.close();
  store.close();
}, 45_000);
