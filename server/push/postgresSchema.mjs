// @ts-check
/**
 * The Postgres schema: Graphile Worker's own (its migrations, run by its `runMigrations`) for the
 * reminders still to send, and a small `aftercare` schema beside it for what a job queue does not
 * keep: subscriptions, the ledger of finished reminders, address counts for the caps, and meta.
 * Every process runs this on start; a session advisory lock makes the first one do the work and
 * the others wait, so five processes starting at once cannot race on CREATE.
 */
import { Logger, runMigrations } from 'graphile-worker';

/** Graphile Worker's task identifier for our jobs. */
export const PUSH_TASK = 'aftercare-push';

/** An arbitrary constant for pg_advisory_lock, "aftercare schema" in ASCII. */
const SCHEMA_LOCK = String(0x6166_7465_7263_6172n);

/** Graphile's migrations log at info level; we keep our logs to counts and problems. */
const quietLogger = new Logger(() => () => {});

const SCHEMA = `
CREATE SCHEMA IF NOT EXISTS aftercare;
CREATE TABLE IF NOT EXISTS aftercare.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS aftercare.subscriptions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  endpoint text NOT NULL UNIQUE,
  p256dh text NOT NULL,
  auth text NOT NULL,
  time_zone text NOT NULL,
  synced_at bigint NOT NULL,
  owner_hash text,
  -- The reminder ids this subscription may have jobs for: job keys are "<id>/<reminder id>", so
  -- this list finds them through the job key index without a scan.
  reminder_ids text[] NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS aftercare.finished_reminders (
  subscription_id bigint NOT NULL REFERENCES aftercare.subscriptions(id) ON DELETE CASCADE,
  reminder_id text NOT NULL,
  kind text NOT NULL,
  at bigint NOT NULL,
  state text NOT NULL CHECK (state IN ('sent', 'failed', 'expired')),
  outcome text NOT NULL,
  finished_at bigint NOT NULL,
  PRIMARY KEY (subscription_id, reminder_id)
);
CREATE INDEX IF NOT EXISTS finished_reminders_at ON aftercare.finished_reminders (at);
CREATE TABLE IF NOT EXISTS aftercare.admissions (address_key text NOT NULL, created_at bigint NOT NULL);
CREATE INDEX IF NOT EXISTS admissions_by_key ON aftercare.admissions (address_key, created_at);
-- Our lease needs "which claims are older than leaseMs" on every claim; Graphile's own check runs
-- rarely and scans. This partial index holds only jobs in flight, so it stays tiny.
CREATE INDEX IF NOT EXISTS aftercare_jobs_locked_at ON graphile_worker._private_jobs (locked_at) WHERE locked_at IS NOT NULL;
INSERT INTO graphile_worker._private_tasks (identifier) VALUES ('${PUSH_TASK}') ON CONFLICT DO NOTHING;
`;

/**
 * Brings the database up to date and returns the id of our task in Graphile's task table.
 * @param {import('pg').Pool} pool
 * @returns {Promise<number>}
 */
export async function preparePostgres(pool) {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    try {
      await runMigrations({ pgPool: pool, logger: quietLogger });
      await client.query(SCHEMA);
      const { rows } = await client.query('SELECT id FROM graphile_worker._private_tasks WHERE identifier = $1', [PUSH_TASK]);
      return Number(rows[0].id);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
    }
  } finally {
    client.release();
  }
}
