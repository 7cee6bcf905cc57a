// @ts-check
/**
 * The two PushStore backends as the shared contract suite sees them: a way to open a fresh store,
 * a second connection to the same data, and a peek at rows the contract does not expose.
 * Postgres needs AFTERCARE_TEST_POSTGRES_URL: a server where the tests may create and drop
 * databases (.ci/run starts a throw-away cluster and sets it). Without it the Postgres cases skip
 * with a loud line, except under CI=true, where they fail.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../../server/push/postgresStore.mjs';
import { openSqliteStore } from '../../../server/push/sqliteStore.mjs';

export const POSTGRES_URL = process.env.AFTERCARE_TEST_POSTGRES_URL ?? '';
export const POSTGRES_REQUIRED = process.env.CI === 'true';
const MISSING = 'CI=true but AFTERCARE_TEST_POSTGRES_URL is not set: the Postgres store must be tested in CI';

/** Says out loud, once per file, that the Postgres cases did not run. */
export function warnPostgresSkipped(/** @type {string} */ what) {
  if (POSTGRES_URL || POSTGRES_REQUIRED) return;
  console.warn(
    `\n!!! SKIPPED: ${what} against PostgreSQL. Set AFTERCARE_TEST_POSTGRES_URL=postgres://… (a server where tests may ` +
      'create databases), or run `node scripts/throwawayPostgres.mjs -- npx vitest run tests/server`. Under CI=true this fails. !!!\n',
  );
}

/**
 * A database of its own for one test file (or bench run), dropped by `drop()`.
 * @param {string} [serverUrl] Default: AFTERCARE_TEST_POSTGRES_URL.
 * @returns {Promise<{ url: string, drop(): Promise<void> }>}
 */
export async function createTestDatabase(serverUrl = POSTGRES_URL) {
  if (!serverUrl) throw new Error(MISSING);
  const name = `aftercare_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * @typedef {{ reminder_id: string, state: string, at: number, kind: string }} ReminderRow
 * @typedef {object} Peek Rows the contract keeps to itself, for assertions.
 * @property {() => Promise<ReminderRow[]>} reminders Every reminder row, by reminder id.
 * @property {() => Promise<{ p256dh: string, time_zone: string, owner_hash: string | null }[]>} subscriptions
 * @property {() => Promise<void>} forgetOwners Makes every subscription look made before ownership.
 * @property {() => Promise<void>} forgetLanguages Makes the data look made before languages (no
 *   language column); only a new connection (`connectAgain`) may use it afterwards.
 * @property {() => Promise<number>} admissions
 * @typedef {object} OpenedStore
 * @property {import('../../../server/push/store.mjs').PushStore} store
 * @property {() => Promise<import('../../../server/push/store.mjs').PushStore>} connectAgain Another connection to the same data.
 * @property {Peek} peek
 * @property {string[]} workerArgs How a child process (support/claimWorker.mjs) opens the same data.
 * @property {() => Promise<void>} close
 * @typedef {{ name: string, setup(): Promise<void>, open(): Promise<OpenedStore>, teardown(): Promise<void> }} Backend
 */

/** @returns {Backend} */
function sqliteBackend() {
  /** @type {string} */
  let dir;
  return {
    name: 'SQLite',
    async setup() {},
    async open() {
      dir = mkdtempSync(join(tmpdir(), 'aftercare-store-'));
      const file = join(dir, 'nested', 'push.sqlite');
      const store = openSqliteStore({ file });
      /** @param {string} sql */
      const all = (sql) => /** @type {any[]} */ (store.db.prepare(sql).all());
      return {
        store,
        connectAgain: async () => openSqliteStore({ file }),
        workerArgs: ['sqlite', file],
        peek: {
          reminders: async () => all('SELECT reminder_id, state, at, kind FROM reminders ORDER BY reminder_id'),
          subscriptions: async () => all('SELECT p256dh, time_zone, owner_hash FROM subscriptions ORDER BY id'),
          forgetOwners: async () => void store.db.prepare('UPDATE subscriptions SET owner_hash = NULL').run(),
          forgetLanguages: async () => void store.db.exec('ALTER TABLE subscriptions DROP COLUMN lang'),
          admissions: async () => all('SELECT count(*) AS n FROM admissions')[0].n,
        },
        async close() {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
    async teardown() {},
  };
}

/** @returns {Backend} */
function postgresBackend() {
  /** @type {{ url: string, drop(): Promise<void> } | undefined} */
  let database;
  return {
    name: 'PostgreSQL',
    async setup() {
      database = await createTestDatabase();
    },
    async open() {
      const url = /** @type {{ url: string }} */ (database).url;
      const store = await openPostgresStore({ url });
      // Each test starts empty; the schema (Graphile's migrations included) stays.
      await store.pool.query(`TRUNCATE aftercare.meta, aftercare.admissions, aftercare.finished_reminders, aftercare.subscriptions,
        graphile_worker._private_jobs RESTART IDENTITY`);
      /** @param {string} sql */
      const all = async (sql) => (await store.pool.query(sql)).rows;
      return {
        store,
        connectAgain: () => openPostgresStore({ url }),
        workerArgs: ['postgres', url],
        peek: {
          reminders: () => all(`
            SELECT payload->>'r' AS reminder_id, CASE WHEN locked_at IS NULL THEN 'due' ELSE 'sending' END AS state,
              (payload->>'a')::bigint AS at, payload->>'k' AS kind FROM graphile_worker._private_jobs
            UNION ALL SELECT reminder_id, state, at, kind FROM aftercare.finished_reminders
            ORDER BY reminder_id`),
          subscriptions: () => all('SELECT p256dh, time_zone, owner_hash FROM aftercare.subscriptions ORDER BY id'),
          forgetOwners: async () => void (await store.pool.query('UPDATE aftercare.subscriptions SET owner_hash = NULL')),
          forgetLanguages: async () => void (await store.pool.query('ALTER TABLE aftercare.subscriptions DROP COLUMN lang')),
          admissions: async () => (await all('SELECT count(*)::int AS n FROM aftercare.admissions'))[0].n,
        },
        close: () => store.close(),
      };
    },
    async teardown() {
      await database?.drop();
    },
  };
}

/**
 * The backends to run: SQLite always; Postgres when a server is given, or (under CI) a stand-in
 * whose setup fails with the reason.
 * @returns {Backend[]}
 */
export function storeBackends() {
  if (POSTGRES_URL) return [sqliteBackend(), postgresBackend()];
  if (!POSTGRES_REQUIRED) return [sqliteBackend()];
  const missing = postgresBackend();
  missing.setup = async () => {
    throw new Error(MISSING);
  };
  return [sqliteBackend(), missing];
}
