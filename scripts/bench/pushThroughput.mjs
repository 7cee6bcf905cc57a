// @ts-check
// Dispatcher throughput: 100,000 due reminders sent with real web-push encryption and VAPID to the
// loopback HTTPS mock push service, which runs in its own process, checks every JWT and decrypts
// every payload. Reports sends per second and this process's peak RSS during the run.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import webpush from 'web-push';
import { createDispatcher } from '../../server/push/dispatcher.mjs';
import { buildPushPayload } from '../../server/push/payload.mjs';
import { openSqliteStore } from '../../server/push/sqliteStore.mjs';
import { loadVapidDetails } from '../../server/push/vapid.mjs';
import { createWebPushSender } from '../../server/push/webPushSender.mjs';
import { subscriberKeys } from '../../tests/server/support/mockPushService.mjs';
import { makeSelfSignedCert } from '../../tests/server/support/selfSignedCert.mjs';

const KINDS = /** @type {const} */ (['water', 'exercise', 'check-in', 'appointment']);
const PER_SUBSCRIPTION = 100;

/**
 * `jwtReuseMs: 0` signs a fresh VAPID JWT per message, as web-push does by default, for comparison.
 * @param {{ reminders?: number, concurrency?: number, batchSize?: number, jwtReuseMs?: number }} [options]
 */
export async function benchPushThroughput({ reminders = 100_000, concurrency = 64, batchSize = 256, jwtReuseMs = 3_600_000 } = {}) {
  const tls = makeSelfSignedCert();
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-push-bench-'));
  const store = openSqliteStore({ file: join(dir, 'push.sqlite') });
  const vapid = await loadVapidDetails(store, { subject: 'mailto:bench@aftercare.example' });
  const mock = fork(new URL('../../tests/server/support/mockPushProcess.mjs', import.meta.url), [tls.keyPath, tls.certPath, vapid.publicKey], { stdio: 'inherit' });
  const ask = () => new Promise((answer) => mock.once('message', answer));
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency, ca: tls.cert });
  try {
    const { origin } = /** @type {{ origin: string }} */ (await ask());
    await fill(store, origin, reminders);
    const costs = cryptoCosts(vapid);

    const dispatcher = createDispatcher({
      store,
      send: createWebPushSender({ vapid, agent, jwtReuseMs, testMode: true }),
      batchSize,
      concurrency,
      log: { info() {}, error: (m) => console.error(m) },
    });
    const rssBefore = process.memoryUsage.rss();
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const totals = await dispatcher.tick();
    const elapsedMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());

    mock.send('stats');
    const seen = /** @type {{ received: number, unique: number, problems: string[], problemCount: number, maxPlaintextBytes: number, cpuMs: number }} */ (await ask());
    const counts = await store.counts();
    if (totals.sent !== reminders || counts.sent !== reminders || seen.unique !== reminders || seen.problemCount > 0) {
      throw new Error(`push bench: incomplete run (sent ${totals.sent}, stored ${counts.sent}, mock saw ${seen.unique}; problems: ${seen.problems.join('; ')})`);
    }
    return {
      reminders,
      sendsPerSecond: Math.round(reminders / (elapsedMs / 1000)),
      peakRssMb: Math.round(peakRss / 1024 / 1024),
      rssBeforeMb: Math.round(rssBefore / 1024 / 1024),
      elapsedMs: Math.round(elapsedMs),
      dispatcherCpuMicrosPerSend: Math.round(((cpu.user + cpu.system) / reminders)),
      mockCpuMicrosPerSend: Math.round((seen.cpuMs * 1000) / reminders),
      duplicates: seen.received - seen.unique,
      maxPlaintextBytes: seen.maxPlaintextBytes,
      ...costs,
    };
  } finally {
    agent.destroy();
    mock.disconnect();
    store.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(tls.dir, { recursive: true, force: true });
  }
}

/**
 * Due reminders for subscribers whose keys the mock derives too (see subscriberKeys), 100 per
 * subscription, synced eight at a time (a networked store overlaps round trips).
 * @param {import('../../server/push/store.mjs').PushStore} store
 * @param {string} origin
 * @param {number} total
 */
export async function fill(store, origin, total) {
  const now = Date.now();
  const subscriptions = Math.ceil(total / PER_SUBSCRIPTION);
  /** @param {number} s */
  const syncOne = (s) => {
    const name = `bench-${s}`;
    const keys = subscriberKeys(name);
    const count = Math.min(PER_SUBSCRIPTION, total - s * PER_SUBSCRIPTION);
    return store.syncSubscription({
      subscription: { endpoint: `${origin}/push/${name}`, keys: { p256dh: keys.p256dh, auth: keys.auth } },
      ownerHash: '0'.repeat(64),
      timeZone: 'UTC',
      reminders: Array.from({ length: count }, (_, i) => ({ id: `s${s}-r${i}`, at: now - 1000 - i, kind: KINDS[i % KINDS.length] ?? 'water' })),
    }, now);
  };
  for (let s = 0; s < subscriptions; s += 8) {
    await Promise.all(Array.from({ length: Math.min(8, subscriptions - s) }, (_, i) => syncOne(s + i)));
  }
}

/**
 * Where the CPU goes per message, measured apart: RFC 8291 encryption (an ECDH key pair and
 * agreement per message, unavoidable) and VAPID signing (what reusing the JWT saves).
 * @param {import('../../server/push/vapid.mjs').VapidDetails} vapid
 */
function cryptoCosts(vapid) {
  const keys = subscriberKeys('costs');
  const subscription = { endpoint: 'https://push.example.com/x', keys: { p256dh: keys.p256dh, auth: keys.auth } };
  const payload = buildPushPayload({ reminderId: 'cost-probe', kind: 'water' });
  const time = (/** @type {() => void} */ fn, n = 1000) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    return Math.round(((performance.now() - start) * 1000) / n);
  };
  return {
    encryptMicros: time(() => webpush.generateRequestDetails(subscription, payload, { headers: { Authorization: 'x' } })),
    vapidSignMicros: time(() => webpush.getVapidHeaders('https://push.example.com', vapid.subject, vapid.publicKey, vapid.privateKey, 'aes128gcm')),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const reminders = Number(process.argv[2] ?? 100_000);
  const jwtReuseMs = process.argv.includes('--sign-every-message') ? 0 : undefined;
  console.log(await benchPushThroughput({ reminders, ...(jwtReuseMs === undefined ? {} : { jwtReuseMs }) }));
}
