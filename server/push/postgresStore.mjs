// @ts-check
/**
 * The Postgres PushStore (the contract is in store.mjs), for several web and dispatcher processes
 * on one database, through Graphile Worker (pinned to 0.17.3; see below):
 *
 * - A reminder still to send is a Graphile job of task `aftercare-push`, keyed
 *   "<subscription id>/<reminder id>", whose `run_at` is when it is due. A sync writes new and moved
 *   reminders with Graphile's `add_jobs` (an upsert by job key, so a re-sync is idempotent) and
 *   drops unlisted ones with `remove_job`.
 * - Claims and completions are Graphile's own worker statements (getJobs, completeJobs, failJobs in
 *   its src/sql: `FOR UPDATE SKIP LOCKED`, batched as its local queue does), with two changes the
 *   contract needs: `locked_by` holds the claim token, so a completion is fenced by it, and a claim
 *   older than `leaseMs` is taken back on the next claim, where Graphile waits four hours (a water
 *   reminder's TTL is 30 minutes). Graphile's runner is not used: it hands jobs to handlers one at
 *   a time and has no claim call of its own, while our dispatcher claims in batches. These
 *   statements touch Graphile's `_private_jobs` table, hence the exact version pin; the shared
 *   contract suite would catch a change in an upgrade.
 * - A finished reminder (sent, failed, expired) leaves the queue for `finished_reminders` in the same
 *   statement, so a re-sync can never re-arm an id that went out.
 * - markSent/markFinished/scheduleRetry calls made in the same turn of the event loop reach the
 *   database as one prepared statement per kind (statementBatcher.mjs): a dispatcher makes
 *   thousands a second. A claim is one call of aftercare.claim_push_jobs (postgresSchema.mjs).
 */
import pg from 'pg';
import { reminderLanguage } from '../../src/contract/reminders.js';
import { PUSH_TASK, preparePostgres } from './postgresSchema.mjs';
import { claimKey, createStatementBatcher } from './statementBatcher.mjs';
import { ADMISSION_WINDOW_MS } from './store.mjs';

/** Attempts are the dispatcher's business (its maxAttempts); Graphile's own limit must never bite. */
const MAX_ATTEMPTS = 32767;

/** int8 (row ids, epoch ms) as numbers: both stay far below 2^53. */
const types = {
  /** @param {number} oid @param {any} format */
  getTypeParser: (oid, format) => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)),
};

/** Epoch ms (a query parameter) as a timestamptz, exact to the millisecond. */
const at = (/** @type {string} */ param) => `to_timestamp(${param}::float8 / 1000)`;

// aftercare.claim_push_jobs is in postgresSchema.mjs; the subscription keys come with each claim.
const CLAIM = `
SELECT c.id, c.attempts, c.payload, s.endpoint, s.p256dh, s.auth, s.lang
FROM aftercare.claim_push_jobs($1, ${at('$2')}, ${at('$3')}, $4, $5) AS c
LEFT JOIN aftercare.subscriptions s ON s.id = (c.payload->>'s')::bigint
ORDER BY c.run_at, c.id`;

// The job leaves the queue and its outcome enters the ledger in one statement; a subscription
// deleted meanwhile takes its ledger rows with it, so none is written for it.
const FINISH = `
WITH c AS (
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[]) AS c(id, token, state, outcome, finished_at)
), done AS (
  DELETE FROM graphile_worker._private_jobs AS jobs USING c
  WHERE jobs.id = ANY ($1) AND jobs.id = c.id AND jobs.locked_by = c.token
  RETURNING jobs.id, c.token, jobs.payload, c.state, c.outcome, c.finished_at
), ledger AS (
  INSERT INTO aftercare.finished_reminders (subscription_id, reminder_id, kind, at, state, outcome, finished_at)
  SELECT (payload->>'s')::bigint, payload->>'r', payload->>'k', (payload->>'a')::bigint, state, outcome, finished_at
  FROM done WHERE EXISTS (SELECT 1 FROM aftercare.subscriptions s WHERE s.id = (done.payload->>'s')::bigint)
  ON CONFLICT (subscription_id, reminder_id) DO UPDATE
    SET state = excluded.state, outcome = excluded.outcome, finished_at = excluded.finished_at
)
SELECT id, token FROM done`;

const RETRY = `
UPDATE graphile_worker._private_jobs AS jobs
SET run_at = ${at('c.retry_at')}, locked_at = NULL, locked_by = NULL, updated_at = now()
FROM unnest($1::bigint[], $2::text[], $3::bigint[]) AS c(id, token, retry_at)
WHERE jobs.id = ANY ($1) AND jobs.id = c.id AND jobs.locked_by = c.token
RETURNING jobs.id, c.token`;

/**
 * @typedef {{ s: number, r: string, k: import('./store.mjs').ReminderKind, a: number }} JobPayload
 *   Subscription id, reminder id, kind, due time (epoch ms): all a dispatcher needs besides the keys.
 * @typedef {{ id: number, owner_hash: string | null, reminder_ids: string[] }} SubscriptionRow
 */

/**
 * Connects, brings the schema up to date, and returns the store.
 * @param {{ url: string, max?: number }} options `max`: pool size per process.
 * @returns {Promise<import('./store.mjs').PushStore & { pool: pg.Pool }>}
 */
export async function openPostgresStore({ url, max = 8 }) {
  const pool = createPool({ connectionString: url, max, types });
  // The dispatcher's statements (claims, completions) on connections of their own that do not wait
  // for the WAL flush at commit. A Postgres crash may then forget the last fraction of a second of
  // them: claims come back after their lease and completions are redone, so a reminder may go out
  // twice but is never lost. That is the promise the SQLite store makes with synchronous=NORMAL,
  // and at-least-once is the contract anyway (the notification tag shows a repeat once). Syncs
  // from the API keep the durable default: the client is told what was scheduled.
  /** @type {pg.Pool | null} */
  let dispatchPool = null;
  const dispatch = () => (dispatchPool ??= createPool({ connectionString: url, max: 4, types, options: '-c synchronous_commit=off' }));
  /** @type {number} */
  let taskId;
  try {
    taskId = await preparePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const finishes = createStatementBatcher(
    /** @param {{ claim: import('./store.mjs').Claim, state: string, outcome: string, now: number }[]} items */
    async (items) => heldClaims(await dispatch().query({ name: 'aftercare-finish', text: FINISH, values: [
      items.map((i) => i.claim.rowId),
      items.map((i) => i.claim.token),
      items.map((i) => i.state),
      items.map((i) => i.outcome),
      items.map((i) => i.now),
    ] })),
  );
  const retries = createStatementBatcher(
    /** @param {{ claim: import('./store.mjs').Claim, retryAt: number }[]} items */
    async (items) => heldClaims(await dispatch().query({ name: 'aftercare-retry', text: RETRY, values: [items.map((i) => i.claim.rowId), items.map((i) => i.claim.token), items.map((i) => i.retryAt)] })),
  );

  /**
   * Runs `work` in one transaction; a thrown `Refusal` rolls back and becomes the result.
   * @template T
   * @param {(db: pg.PoolClient) => Promise<T>} work
   * @returns {Promise<T>}
   */
  async function transaction(work) {
    const db = await pool.connect();
    let broken = false;
    try {
      await db.query('BEGIN');
      const result = await work(db);
      await db.query('COMMIT');
      return result;
    } catch (error) {
      await db.query('ROLLBACK').catch(() => (broken = true));
      if (error instanceof Refusal) return /** @type {T} */ (error.result);
      throw error;
    } finally {
      db.release(broken);
    }
  }

  return {
    pool,
    async getOrCreateMeta(key, create) {
      const read = async () => (await pool.query('SELECT value FROM aftercare.meta WHERE key = $1', [key])).rows[0]?.value;
      const existing = await read();
      if (existing !== undefined) return existing;
      await pool.query('INSERT INTO aftercare.meta (key, value) VALUES ($1, $2) ON CONFLICT DO NOTHING', [key, create()]);
      return read();
    },
    async syncSubscription(sync, now, caps = {}) {
      return transaction((db) => syncInTransaction(db, sync, now, caps));
    },
    async deleteSubscriptionByEndpoint(endpoint, ownerHash) {
      return transaction(async (db) => {
        const row = await lockSubscription(db, 'endpoint', endpoint);
        if (!row) return 'absent';
        if (row.owner_hash && row.owner_hash !== ownerHash) return 'not-owner';
        await deleteSubscriptionRow(db, row);
        return 'deleted';
      });
    },
    async deleteSubscription(subscriptionId) {
      await transaction(async (db) => {
        const row = await lockSubscription(db, 'id', subscriptionId);
        if (row) await deleteSubscriptionRow(db, row);
      });
    },
    async claimDue({ now, limit, leaseMs, token }) {
      const { rows } = await dispatch().query({ name: 'aftercare-claim', text: CLAIM, values: [taskId, now, now - leaseMs, limit, token] });
      return toClaims(rows, token);
    },
    markSent: (claim, now) => finishes.add({ claim, state: 'sent', outcome: 'sent', now }),
    markFinished: (claim, state, reason, now) => finishes.add({ claim, state, outcome: reason, now }),
    scheduleRetry: (claim, retryAt) => retries.add({ claim, retryAt }),
    async purge({ finishedBefore, idleSubscriptionsBefore, admissionsBefore }) {
      if (admissionsBefore !== undefined) await pool.query('DELETE FROM aftercare.admissions WHERE created_at < $1', [admissionsBefore]);
      const reminders = await pool.query('DELETE FROM aftercare.finished_reminders WHERE at < $1', [finishedBefore]);
      const subscriptions = await pool.query(
        `DELETE FROM aftercare.subscriptions s WHERE synced_at < $1 AND NOT EXISTS (
           SELECT 1 FROM graphile_worker._private_jobs j WHERE j.key = ANY (ARRAY(SELECT s.id || '/' || r FROM unnest(s.reminder_ids) AS r)))`,
        [idleSubscriptionsBefore],
      );
      return { reminders: reminders.rowCount ?? 0, subscriptions: subscriptions.rowCount ?? 0 };
    },
    async counts() {
      const counts = { due: 0, sending: 0, sent: 0, failed: 0, expired: 0, subscriptions: 0 };
      const queue = await pool.query(
        `SELECT count(*) FILTER (WHERE locked_at IS NULL)::int AS due, count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS sending
         FROM graphile_worker._private_jobs WHERE task_id = $1`,
        [taskId],
      );
      Object.assign(counts, queue.rows[0]);
      const ledger = await pool.query('SELECT state, count(*)::int AS n FROM aftercare.finished_reminders GROUP BY state');
      for (const row of /** @type {{ state: 'sent' | 'failed' | 'expired', n: number }[]} */ (ledger.rows)) counts[row.state] = row.n;
      counts.subscriptions = (await pool.query('SELECT count(*)::int AS n FROM aftercare.subscriptions')).rows[0].n;
      return counts;
    },
    async close() {
      await Promise.all([finishes.drain(), retries.drain()]);
      await Promise.all([pool.end(), dispatchPool?.end()]);
    },
  };

  /**
   * @param {pg.PoolClient} db
   * @param {import('./store.mjs').SubscriptionSync} sync
   * @param {number} now
   * @param {import('./store.mjs').SyncCaps} caps
   * @returns {Promise<import('./store.mjs').SyncResult>}
   */
  async function syncInTransaction(db, { subscription, ownerHash, timeZone, lang = 'en', reminders }, now, caps) {
    const existing = await lockSubscription(db, 'endpoint', subscription.endpoint);
    if (existing?.owner_hash && existing.owner_hash !== ownerHash) throw new Refusal({ refused: 'not-owner' });
    const admission = existing ? undefined : caps.newFromAddress;
    if (admission) {
      // One new subscription per address at a time, across processes, so two cannot both pass the count.
      await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`aftercare-admission:${admission.key}`]);
      const recent = await db.query('SELECT count(*)::int AS n FROM aftercare.admissions WHERE address_key = $1 AND created_at > $2', [admission.key, now - ADMISSION_WINDOW_MS]);
      if (recent.rows[0].n >= admission.perHour) throw new Refusal({ refused: 'address-cap' });
    }
    // The owner check again inside the upsert: a stranger's first sync racing the owner's loses here.
    const upserted = await db.query(
      `INSERT INTO aftercare.subscriptions (endpoint, p256dh, auth, time_zone, synced_at, owner_hash, lang) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (endpoint) DO UPDATE SET
         p256dh = excluded.p256dh, auth = excluded.auth, time_zone = excluded.time_zone, synced_at = excluded.synced_at, owner_hash = excluded.owner_hash,
         lang = excluded.lang
       WHERE subscriptions.owner_hash IS NULL OR subscriptions.owner_hash = excluded.owner_hash
       RETURNING id, reminder_ids`,
      [subscription.endpoint, subscription.keys.p256dh, subscription.keys.auth, timeZone, now, ownerHash, lang],
    );
    const row = /** @type {SubscriptionRow | undefined} */ (upserted.rows[0]);
    if (!row) throw new Refusal({ refused: 'not-owner' });

    const listed = new Map(reminders.map((r) => [r.id, r]));
    const keys = [...new Set([...row.reminder_ids, ...listed.keys()])].map((r) => jobKey(row.id, r));
    // Locked in this order, jobs then ledger: a job that finishes meanwhile is in one or the other.
    const jobs = /** @type {{ key: string, payload: JobPayload, locked: boolean }[]} */ ((await db.query(
      'SELECT key, payload, locked_at IS NOT NULL AS locked FROM graphile_worker._private_jobs WHERE key = ANY ($1) FOR UPDATE',
      [keys],
    )).rows);
    const finished = new Set((await db.query(
      'SELECT reminder_id FROM aftercare.finished_reminders WHERE subscription_id = $1 AND reminder_id = ANY ($2)',
      [row.id, [...listed.keys()]],
    )).rows.map((r) => r.reminder_id));

    const jobByReminder = new Map(jobs.map((j) => [j.payload.r, j]));
    // Claimed ones are left alone, listed or not: they are being sent.
    const unlisted = jobs.filter((j) => !j.locked && !listed.has(j.payload.r)).map((j) => j.key);
    const changed = [...listed.values()].filter((r) => {
      const job = jobByReminder.get(r.id);
      if (finished.has(r.id) || job?.locked) return false;
      return !job || job.payload.a !== r.at || job.payload.k !== r.kind;
    });
    if (unlisted.length > 0) await db.query('SELECT graphile_worker.remove_job(key) FROM unnest($1::text[]) AS key', [unlisted]);
    if (changed.length > 0) {
      const specs = changed.map((r) => ({
        identifier: PUSH_TASK,
        payload: /** @type {JobPayload} */ ({ s: row.id, r: r.id, k: r.kind, a: r.at }),
        run_at: new Date(r.at).toISOString(),
        max_attempts: MAX_ATTEMPTS,
        job_key: jobKey(row.id, r.id),
      }));
      // graphile-worker's own addJobs statement (src/helpers.ts).
      await db.query(
        'SELECT 1 FROM graphile_worker.add_jobs(array(SELECT json_populate_recordset(null::graphile_worker.job_spec, $1::json)))',
        [JSON.stringify(specs)],
      );
    }
    const kept = [...new Set([...listed.keys(), ...jobs.filter((j) => j.locked).map((j) => j.payload.r)])];
    await db.query('UPDATE aftercare.subscriptions SET reminder_ids = $2 WHERE id = $1', [row.id, kept]);

    const held = (await db.query(
      `SELECT count(*) FILTER (WHERE locked_at IS NULL)::int AS due, count(*)::int AS queued,
         (SELECT count(*)::int FROM aftercare.finished_reminders WHERE subscription_id = $2) AS finished
       FROM graphile_worker._private_jobs WHERE key = ANY ($1)`,
      [kept.map((r) => jobKey(row.id, r)), row.id],
    )).rows[0];
    if (caps.storedReminders !== undefined && held.queued + held.finished > caps.storedReminders) {
      throw new Refusal({ refused: 'reminder-cap' });
    }
    if (admission) await db.query('INSERT INTO aftercare.admissions (address_key, created_at) VALUES ($1, $2)', [admission.key, now]);
    return { scheduled: held.due };
  }

  /**
   * @param {Record<string, any>[]} rows
   * @param {string} token
   * @returns {Promise<import('./store.mjs').Claim[]>}
   */
  async function toClaims(rows, token) {
    /** @type {Map<number, Pick<import('./store.mjs').Claim, 'subscription' | 'lang'>>} */
    const subscriptions = new Map();
    /** @type {import('./store.mjs').Claim[]} */
    const claims = [];
    /** @type {number[]} */
    const orphans = [];
    for (const row of rows) {
      const payload = /** @type {JobPayload} */ (row.payload);
      if (row.endpoint === null) {
        orphans.push(row.id);
        continue;
      }
      let held = subscriptions.get(payload.s);
      if (!held) {
        held = { subscription: { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } }, lang: reminderLanguage(row.lang) };
        subscriptions.set(payload.s, held);
      }
      claims.push({ rowId: row.id, subscriptionId: payload.s, reminderId: payload.r, kind: payload.k, at: payload.a, attempts: row.attempts, token, ...held });
    }
    // A job whose subscription is gone (deleted while it was being sent, then retried): drop it.
    if (orphans.length > 0) await dispatch().query('DELETE FROM graphile_worker._private_jobs WHERE id = ANY ($1) AND locked_by = $2', [orphans, token]);
    return claims;
  }
}

/**
 * A pool whose lost connections (the server restarted) cannot end the process: the query in flight
 * fails where it was made, idle clients are dropped, and the next query reconnects.
 * @param {pg.PoolConfig} config
 */
function createPool(config) {
  const pool = new pg.Pool(config);
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** @param {number} subscriptionId @param {string} reminderId */
const jobKey = (subscriptionId, reminderId) => `${subscriptionId}/${reminderId}`;

/** The claims a statement acted on, as `claimKey`s. @param {pg.QueryResult} result */
const heldClaims = (result) => new Set(result.rows.map((r) => claimKey(Number(r.id), r.token)));


/**
 * @param {pg.PoolClient} db
 * @param {'id' | 'endpoint'} column
 * @param {number | string} value
 * @returns {Promise<SubscriptionRow | undefined>}
 */
async function lockSubscription(db, column, value) {
  const { rows } = await db.query(`SELECT id, owner_hash, reminder_ids FROM aftercare.subscriptions WHERE ${column} = $1 FOR UPDATE`, [value]);
  return rows[0];
}

/**
 * Deletes the subscription, its queued jobs (claimed ones too, as SQLite's cascade does: their
 * completion then reports the claim lost) and, by cascade, its ledger.
 * @param {pg.PoolClient} db
 * @param {SubscriptionRow} row
 */
async function deleteSubscriptionRow(db, row) {
  await db.query('DELETE FROM graphile_worker._private_jobs WHERE key = ANY ($1)', [row.reminder_ids.map((r) => jobKey(row.id, r))]);
  await db.query('DELETE FROM aftercare.subscriptions WHERE id = $1', [row.id]);
}

/** Thrown inside a transaction to roll it back and answer `result` instead. */
class Refusal extends Error {
  /** @param {import('./store.mjs').SyncResult} result */
  constructor(result) {
    super('refused');
    this.result = result;
  }
}
