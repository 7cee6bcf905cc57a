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
  lang text NOT NULL DEFAULT 'en',
  -- The reminder ids this subscription may have jobs for: job keys are "<id>/<reminder id>", so
  -- this list finds them through the job key index without a scan.
  reminder_ids text[] NOT NULL DEFAULT '{}'
);
-- Databases made before languages: their subscriptions are English until the owner's next sync.
-- Checked first because ALTER TABLE takes an exclusive lock even when IF NOT EXISTS finds the column,
-- and running dispatchers read this table while another process starts.
DO $migrate$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'aftercare' AND table_name = 'subscriptions' AND column_name = 'lang') THEN
    ALTER TABLE aftercare.subscriptions ADD COLUMN lang text NOT NULL DEFAULT 'en';
  END IF;
END $migrate$;
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

-- The claim: first the lease (claims older than it belong to a dispatcher that died, and go back),
-- then Graphile's own getJobs statement (src/sql/getJobs.ts, no named queues) with the claim token
-- as locked_by. The second statement sees the first's work (a VOLATILE SQL function takes a new
-- snapshot per statement). Right after a big sync the planner has no statistics for the queue yet,
-- guesses one due row, and sorts every due job instead of walking the run_at index (17 ms instead
-- of 0.5 ms per claim of 192 from 20,000); the SET clauses keep it on the indexes.
CREATE OR REPLACE FUNCTION aftercare.claim_push_jobs(task integer, claim_at timestamptz, stale_before timestamptz, max_jobs integer, token text)
RETURNS TABLE (id bigint, payload json, attempts smallint, run_at timestamptz)
LANGUAGE sql VOLATILE
SET enable_seqscan = off
SET enable_bitmapscan = off
AS $fn$
  UPDATE graphile_worker._private_jobs SET locked_at = NULL, locked_by = NULL
  WHERE locked_at IS NOT NULL AND locked_at <= stale_before AND task_id = task;
  UPDATE graphile_worker._private_jobs AS jobs
  SET attempts = jobs.attempts + 1, locked_by = token, locked_at = claim_at
  WHERE jobs.id = ANY (ARRAY(
    SELECT j.id FROM graphile_worker._private_jobs AS j
    WHERE j.is_available = true AND j.job_queue_id IS NULL AND j.task_id = task AND j.run_at <= claim_at
    ORDER BY j.priority, j.run_at
    LIMIT max_jobs
    FOR UPDATE SKIP LOCKED))
  RETURNING jobs.id, jobs.payload, jobs.attempts, jobs.run_at;
$fn$;
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
