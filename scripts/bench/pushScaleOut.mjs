// @ts-check
// Dispatchers as separate processes on one store, sending due reminders to the loopback HTTPS mock
// push service (its own process; it checks every VAPID JWT and decrypts every payload): sends per
// second in total, peak RSS and CPU per process, and Postgres's own CPU per send. With `kill`, one
// dispatcher is SIGKILLed a third of the way through and restarted: the run then proves nothing is
// lost and counts the duplicates against what the killed process held at that moment.
//
//   node scripts/bench/pushScaleOut.mjs [reminders] [sqlite|postgres] [dispatchers] [--kill]
//   (postgres: AFTERCARE_BENCH_POSTGRES_URL, else a throw-away cluster of its own)
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { openPushStore } from '../../server/push/openStore.mjs';
import { loadVapidDetails } from '../../server/push/vapid.mjs';
import { makeSelfSignedCert } from '../../tests/server/support/selfSignedCert.mjs';
import { createTestDatabase } from '../../tests/server/support/storeBackends.mjs';
import { startThrowawayPostgres } from '../throwawayPostgres.mjs';
import { fill } from './pushThroughput.mjs';

const DISPATCHER = new URL('../../tests/server/support/dispatcherProcess.mjs', import.meta.url).pathname;
const MOCK = new URL('../../tests/server/support/mockPushProcess.mjs', import.meta.url);

/**
 * @typedef {{ label: string, sent: number, retried: number, transportRetries: number, serverErrors: number, peakRssMb: number, cpuMs: number, elapsedMs: number }} ProcessFigures
 * @typedef {object} ScaleOutOptions
 * @property {'sqlite' | 'postgres'} backend
 * @property {string} [serverUrl] Postgres server where a bench database may be created.
 * @property {number} [reminders]
 * @property {number} [dispatchers]
 * @property {boolean} [kill]
 * @property {number} [batchSize] Claims held per dispatcher.
 * @property {number} [concurrency] Sends in flight per dispatcher.
 * @property {number} [sendTimeoutMs] The total deadline per send. A send that times out after the
 *   mock took it is sent again (at least once); on a loaded machine 2 s is reached, so the default
 *   is far out of reach, and the kill run's duplicates are the kill's alone.
 */

/** @param {ScaleOutOptions} options */
export async function benchPushScaleOut({ backend, serverUrl, reminders = 100_000, dispatchers = 1, kill = false, batchSize = 256, concurrency = 64, sendTimeoutMs = 10_000 }) {
  const tls = makeSelfSignedCert();
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-scaleout-'));
  /** @type {{ url: string, drop(): Promise<void> } | null} */
  let database = null;
  if (backend === 'postgres') database = await createTestDatabase(serverUrl);
  const dbFile = join(dir, 'push.sqlite');
  /** @type {Record<string, string>} */
  const storeEnv = database ? { AFTERCARE_DATABASE_URL: database.url } : { AFTERCARE_DB: dbFile };
  const store = await openPushStore(database ? { databaseUrl: database.url } : { dbFile });
  const vapid = await loadVapidDetails(store, { subject: 'mailto:test@aftercare.example' });
  const mock = fork(MOCK, [tls.keyPath, tls.certPath, vapid.publicKey], { stdio: 'inherit' });
  const ask = () => new Promise((answer) => mock.once('message', answer));
  /** @type {ReturnType<typeof startDispatcher>[]} */
  const running = [];
  try {
    const { origin } = /** @type {{ origin: string }} */ (await ask());
    await fill(store, origin, reminders);
    // The lease bounds how long a killed dispatcher's claims wait; it must exceed a full batch of deadlines.
    const leaseMs = Math.ceil(batchSize / concurrency) * sendTimeoutMs + 2000;
    const env = { ...storeEnv, MOCK_CA: tls.certPath, LEASE_MS: String(leaseMs), BATCH: String(batchSize), CONCURRENCY: String(concurrency), SEND_TIMEOUT_MS: String(sendTimeoutMs), UNTIL_IDLE: '1' };
    for (let i = 0; i < dispatchers; i++) running.push(startDispatcher(`d${i}`, { ...env, WAIT_FOR_GO: '1' }));
    await Promise.all(running.map((d) => d.ready));
    const pgCpuBefore = await postgresCpuMs(store);
    const started = performance.now();
    for (const d of running) d.child.stdin?.write('go\n');

    let killed = null;
    if (kill) {
      const victim = /** @type {ReturnType<typeof startDispatcher>} */ (running[1] ?? running[0]);
      while ((await store.counts()).sent < reminders / 3) await sleep(100);
      victim.child.kill('SIGKILL');
      await victim.exited;
      // What it held (claimed, sent or not, not yet recorded): only these may go out twice.
      const held = await claimsHeldBy(store, victim.label);
      const restarted = startDispatcher(`${victim.label}-restarted`, env);
      running.push(restarted);
      killed = { label: victim.label, atSent: (await store.counts()).sent, held: new Set(held) };
    }
    const figures = (await Promise.all(running.map((d) => d.figures))).filter((f) => f !== null);
    const elapsedMs = performance.now() - started;
    const pgCpuAfter = await postgresCpuMs(store);

    mock.send('stats');
    const seen = /** @type {{ received: number, unique: number, duplicated: string[], problems: string[], problemCount: number, cpuMs: number }} */ (await ask());
    const counts = await store.counts();
    const lost = reminders - seen.unique;
    if (lost !== 0 || counts.sent !== reminders || counts.due + counts.sending !== 0 || seen.problemCount > 0) {
      throw new Error(`push scale-out bench: incomplete run (mock saw ${seen.unique} of ${reminders}, stored ${counts.sent} sent; problems: ${seen.problems.join('; ')})`);
    }
    return {
      backend,
      dispatchers,
      reminders,
      sendsPerSecond: Math.round(reminders / (elapsedMs / 1000)),
      elapsedMs: Math.round(elapsedMs),
      processes: figures,
      dispatcherCpuMicrosPerSend: Math.round((figures.reduce((sum, f) => sum + f.cpuMs, 0) * 1000) / reminders),
      mockCpuMicrosPerSend: Math.round((seen.cpuMs * 1000) / reminders),
      postgresCpuMicrosPerSend: pgCpuAfter === null || pgCpuBefore === null ? null : Math.round(((pgCpuAfter - pgCpuBefore) * 1000) / reminders),
      duplicates: seen.received - seen.unique,
      lost,
      killed: killed && {
        label: killed.label,
        sentBeforeKill: killed.atSent,
        held: killed.held.size,
        // Every duplicate should be one the killed process held; any other came from a timed-out send.
        duplicatesNotHeld: seen.duplicated.filter((id) => !killed?.held.has(id)).length,
      },
    };
  } finally {
    for (const d of running) d.child.kill('SIGKILL');
    mock.disconnect();
    await store.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(tls.dir, { recursive: true, force: true });
  }
}

/**
 * @param {string} label
 * @param {Record<string, string>} env
 */
function startDispatcher(label, env) {
  const child = spawn(process.execPath, [DISPATCHER], { env: { ...process.env, ...env, CLAIM_LABEL: label }, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) });
  /** @type {Promise<void>} */
  const ready = new Promise((done) => lines.on('line', (line) => line === 'ready' && done()));
  /** @type {Promise<ProcessFigures | null>} */
  const figures = new Promise((done) => {
    lines.on('line', (line) => {
      if (!line.startsWith('figures ')) return;
      // The process names each retry; the bench reports how many.
      const { transportRetries, serverErrors, ...rest } = JSON.parse(line.slice(8));
      done({ label, ...rest, transportRetries: transportRetries.length, serverErrors: serverErrors.length });
    });
    void exited.then(() => done(null));
  });
  return { label, child, ready, exited, figures };
}

/**
 * The reminders still claimed under `label`'s tokens (see CLAIM_LABEL in dispatcherProcess.mjs), as
 * the mock names them ("bench-N/reminder id").
 * @param {import('../../server/push/store.mjs').PushStore} store
 * @param {string} label
 * @returns {Promise<string[]>}
 */
async function claimsHeldBy(store, label) {
  const pool = /** @type {{ pool?: import('pg').Pool }} */ (store).pool;
  const rows = pool
    ? (await pool.query(
        `SELECT s.endpoint, j.payload->>'r' AS reminder_id FROM graphile_worker._private_jobs j
         JOIN aftercare.subscriptions s ON s.id = (j.payload->>'s')::bigint WHERE j.locked_by LIKE $1`,
        [`${label}:%`],
      )).rows
    : /** @type {{ db: import('better-sqlite3').Database }} */ (/** @type {unknown} */ (store)).db
        .prepare("SELECT s.endpoint, r.reminder_id FROM reminders r JOIN subscriptions s ON s.id = r.subscription_id WHERE r.state = 'sending' AND r.claim_token LIKE ?")
        .all(`${label}:%`);
  return /** @type {{ endpoint: string, reminder_id: string }[]} */ (rows).map((r) => `${r.endpoint.split('/push/')[1]}/${r.reminder_id}`);
}

/**
 * CPU time the Postgres server behind `store` has used so far: its postmaster with the backends it
 * has reaped, plus the live ones. Null for SQLite, or when the server's files are not readable here.
 * @param {import('../../server/push/store.mjs').PushStore} store
 * @returns {Promise<number | null>}
 */
async function postgresCpuMs(store) {
  const pool = /** @type {{ pool?: import('pg').Pool }} */ (store).pool;
  if (!pool) return null;
  try {
    const { rows } = await pool.query("SELECT setting FROM pg_settings WHERE name = 'data_directory'");
    const postmaster = readFileSync(join(rows[0].setting, 'postmaster.pid'), 'utf8').split('\n')[0];
    let ticks = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Fields after "(comm)": state ppid … utime stime cutime cstime (man 5 proc).
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (pid === postmaster) ticks += fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
        else if (fields[1] === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // The process ended while we looked.
      }
    }
    return ticks * 10; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * Runs `work` with a Postgres server: AFTERCARE_BENCH_POSTGRES_URL, else a throw-away cluster.
 * @template T
 * @param {(serverUrl: string) => Promise<T>} work
 */
export async function withBenchPostgres(work) {
  if (process.env.AFTERCARE_BENCH_POSTGRES_URL) return work(process.env.AFTERCARE_BENCH_POSTGRES_URL);
  const cluster = await startThrowawayPostgres();
  try {
    return await work(cluster.url);
  } finally {
    cluster.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [reminders = '100000', backend = 'postgres', dispatchers = '3'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const options = { reminders: Number(reminders), dispatchers: Number(dispatchers), kill: process.argv.includes('--kill') };
  const result = backend === 'sqlite'
    ? await benchPushScaleOut({ backend: 'sqlite', ...options })
    : await withBenchPostgres((serverUrl) => benchPushScaleOut({ backend: 'postgres', serverUrl, ...options }));
  console.dir(result, { depth: 4 });
}
