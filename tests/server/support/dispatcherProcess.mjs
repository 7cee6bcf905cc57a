// @ts-check
// A dispatcher in its own process, for the kill-and-restart tests (crashRestart.test.mjs) and the
// scale-out bench (scripts/bench/pushScaleOut.mjs).
// env: AFTERCARE_DATABASE_URL (Postgres) or AFTERCARE_DB (SQLite), MOCK_CA (PEM path), LEASE_MS,
//   BATCH, CONCURRENCY, SEND_TIMEOUT_MS (default 1400);
//   CLAIM_LABEL: prefix of this process's claim tokens, so a test can count what it held when killed;
//   WAIT_FOR_GO=1: prints "ready", then starts on a "go" line on stdin (the bench starts all at once);
//   UNTIL_IDLE=1: exits once nothing is due or in flight, after printing
//   "figures {sent, retried, transportRetries, serverErrors, peakRssMb, cpuMs, elapsedMs}" (retried:
//   sends put back; transportRetries: the reminder id and status of each send whose outcome the
//   dispatcher retries (isRetryable), which may still have reached the push service; serverErrors:
//   deliveries that failed inside the dispatcher, which a test must treat as bugs).
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDispatcher, isRetryable } from '../../../server/push/dispatcher.mjs';
import { openPushStore } from '../../../server/push/openStore.mjs';
import { loadVapidDetails } from '../../../server/push/vapid.mjs';
import { createWebPushSender } from '../../../server/push/webPushSender.mjs';

const env = process.env;
const opened = await openPushStore(env.AFTERCARE_DATABASE_URL ? { databaseUrl: env.AFTERCARE_DATABASE_URL } : { dbFile: env.AFTERCARE_DB });
const label = env.CLAIM_LABEL;
/** @type {import('../../../server/push/store.mjs').PushStore} */
const store = label ? { ...opened, claimDue: (options) => opened.claimDue({ ...options, token: `${label}:${options.token}` }) } : opened;
const vapid = await loadVapidDetails(store, { subject: 'mailto:test@aftercare.example' });
const agent = new Agent({ keepAlive: true, ca: readFileSync(String(env.MOCK_CA)) });
const sender = createWebPushSender({ vapid, agent, testMode: true });
/** @type {{ id: string, status: number }[]} */
const transportRetries = [];
/** @type {string[]} */
const serverErrors = [];
const dispatcher = createDispatcher({
  store,
  send: async (delivery) => {
    const outcome = await sender(delivery);
    if (isRetryable(outcome)) transportRetries.push({ id: JSON.parse(delivery.payload).reminderId, status: outcome.status });
    return outcome;
  },
  leaseMs: Number(env.LEASE_MS),
  batchSize: Number(env.BATCH),
  concurrency: Number(env.CONCURRENCY),
  // A total deadline now (not an idle timeout): generous, so a loaded machine's slow handshakes are not
  // retried as failures; a short back-off brings a missed one back quickly.
  sendTimeoutMs: Number(env.SEND_TIMEOUT_MS ?? 1400),
  backoff: { baseMs: 200 },
  log: {
    info() {},
    error: (m) => {
      serverErrors.push(m);
      process.stderr.write(`${m}\n`);
    },
  },
});
process.stdout.write('ready\n');
if (env.WAIT_FOR_GO === '1') {
  process.stdin.setEncoding('utf8');
  while (!String((await once(process.stdin, 'data'))[0]).includes('go'));
}

let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
const cpuBefore = process.cpuUsage();
const started = performance.now();
let sent = 0;
let retried = 0;
for (;;) {
  const totals = await dispatcher.tick();
  sent += totals.sent;
  retried += totals.retried;
  if (env.UNTIL_IDLE === '1') {
    const counts = await store.counts();
    if (counts.due === 0 && counts.sending === 0) break;
  }
  await sleep(20);
}
const elapsedMs = performance.now() - started;
clearInterval(sampler);
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(`figures ${JSON.stringify({
  sent,
  retried,
  transportRetries,
  serverErrors,
  peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage.rss()) / 1024 / 1024),
  cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  elapsedMs: Math.round(elapsedMs),
})}\n`);
agent.destroy();
await store.close();
process.stdin.destroy();
