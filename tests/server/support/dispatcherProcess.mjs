// @ts-check
// A dispatcher in its own process, for the kill-and-restart test (crashRestart.test.mjs).
// env: AFTERCARE_DB, MOCK_CA (PEM path), LEASE_MS, BATCH, CONCURRENCY, SEND_TIMEOUT_MS; UNTIL_IDLE=1 exits once nothing is due or in flight.
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDispatcher } from '../../../server/push/dispatcher.mjs';
import { openSqliteStore } from '../../../server/push/sqliteStore.mjs';
import { loadVapidDetails } from '../../../server/push/vapid.mjs';
import { createWebPushSender } from '../../../server/push/webPushSender.mjs';

const env = process.env;
const store = openSqliteStore({ file: env.AFTERCARE_DB });
const vapid = await loadVapidDetails(store, { subject: 'mailto:test@aftercare.example' });
const agent = new Agent({ keepAlive: true, ca: readFileSync(String(env.MOCK_CA)) });
const dispatcher = createDispatcher({
  store,
  send: createWebPushSender({ vapid, agent, testMode: true }),
  leaseMs: Number(env.LEASE_MS),
  batchSize: Number(env.BATCH),
  concurrency: Number(env.CONCURRENCY),
  // A total deadline now (not an idle timeout): generous, so a loaded machine's slow handshakes are not
  // retried as failures; a short back-off brings a missed one back quickly.
  sendTimeoutMs: Number(env.SEND_TIMEOUT_MS ?? 1400),
  backoff: { baseMs: 200 },
  log: { info() {}, error: (m) => process.stderr.write(`${m}\n`) },
});
process.stdout.write('ready\n');

for (;;) {
  await dispatcher.tick();
  const counts = await store.counts();
  if (env.UNTIL_IDLE === '1' && counts.due === 0 && counts.sending === 0) break;
  await sleep(20);
}
agent.destroy();
store.close();
