// @ts-check
/**
 * The default PushStore (the contract is in store.mjs): one SQLite file via better-sqlite3, WAL
 * mode so the API can read while the dispatcher writes. `synchronous = NORMAL` survives a killed
 * process without loss; after a power cut the last few commits may be lost, which at worst sends
 * a reminder twice (the tag makes the device show it once).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { reminderLanguage } from '../../src/contract/reminders.js';
import { ADMISSION_WINDOW_MS } from './store.mjs';

export const DEFAULT_DB_FILE = 'data/aftercare-push.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS subscriptions (
  id INTEGER PRIMARY KEY,
  endpoint TEXT NOT NULL UNIQUE,
  p256dh TEXT NOT NULL,
  auth TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  synced_at INTEGER NOT NULL,
  owner_hash TEXT,
  lang TEXT NOT NULL DEFAULT 'en'
);
CREATE TABLE IF NOT EXISTS reminders (
  id INTEGER PRIMARY KEY,
  subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
  reminder_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'due',
  attempts INTEGER NOT NULL DEFAULT 0,
  retry_at INTEGER,
  claimed_at INTEGER,
  claim_token TEXT,
  finished_at INTEGER,
  outcome TEXT,
  UNIQUE (subscription_id, reminder_id)
);
CREATE TABLE IF NOT EXISTS admissions (address_key TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS admissions_by_key ON admissions(address_key, created_at);
CREATE INDEX IF NOT EXISTS reminders_due ON reminders(at) WHERE state = 'due';
CREATE INDEX IF NOT EXISTS reminders_sending ON reminders(claimed_at) WHERE state = 'sending';
CREATE INDEX IF NOT EXISTS reminders_finished ON reminders(at) WHERE state IN ('sent', 'failed', 'expired');
`;

/**
 * Opens (creating when needed) the store at `file`. A new file is created owner-only (0600): it holds
 * the VAPID private key and push endpoints. SQLite gives its -wal and -shm files the same mode.
 * @param {{ file?: string }} [options]
 * @returns {import('./store.mjs').PushStore & { db: import('better-sqlite3').Database }}
 */
export function openSqliteStore({ file = process.env.AFTERCARE_DB ?? DEFAULT_DB_FILE } = {}) {
  if (file !== ':memory:' && !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, '', { mode: 0o600, flag: 'a' });
  }
  const db = new Database(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  migrate(db);
  const sql = prepareStatements(db);

  const claimDue = db.transaction(
    /** @param {{ now: number, limit: number, leaseMs: number, token: string }} options */
    ({ now, limit, leaseMs, token }) => {
      sql.reclaimStale.run({ cutoff: now - leaseMs });
      const rows = /** @type {ClaimedRow[]} */ (sql.claim.all({ now, limit, token }));
      /** @type {Map<number, Pick<import('./store.mjs').Claim, 'subscription' | 'lang'>>} */
      const subscriptions = new Map();
      return rows.map((row) => {
        let held = subscriptions.get(row.subscription_id);
        if (!held) {
          const s = /** @type {SubscriptionRow} */ (sql.subscriptionById.get(row.subscription_id));
          held = { subscription: { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, lang: reminderLanguage(s.lang) };
          subscriptions.set(row.subscription_id, held);
        }
        return {
          rowId: row.id,
          subscriptionId: row.subscription_id,
          reminderId: row.reminder_id,
          kind: row.kind,
          at: row.at,
          attempts: row.attempts,
          token,
          ...held,
        };
      });
    },
  );

  const syncSubscription = db.transaction(
    /**
     * @param {import('./store.mjs').SubscriptionSync} sync
     * @param {number} now
     * @param {import('./store.mjs').SyncCaps} caps
     * @returns {import('./store.mjs').SyncResult}
     */
    ({ subscription, ownerHash, timeZone, lang = 'en', reminders }, now, caps) => {
      const existing = /** @type {{ id: number, owner_hash: string | null } | undefined} */ (sql.subscriptionByEndpoint.get(subscription.endpoint));
      if (existing?.owner_hash && existing.owner_hash !== ownerHash) return { refused: 'not-owner' };
      const admission = caps.newFromAddress;
      if (!existing && admission) {
        const recent = /** @type {{ n: number }} */ (sql.countAdmissions.get({ key: admission.key, since: now - ADMISSION_WINDOW_MS })).n;
        if (recent >= admission.perHour) return { refused: 'address-cap' };
      }
      const row = { endpoint: subscription.endpoint, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth, timeZone, ownerHash, lang, now };
      const { id } = /** @type {{ id: number }} */ (sql.upsertSubscription.get(row));
      sql.dropUnlistedDue.run({ id, ids: JSON.stringify(reminders.map((r) => r.id)) });
      for (const r of reminders) sql.upsertReminder.run({ id, reminderId: r.id, kind: r.kind, at: r.at });
      if (caps.storedReminders !== undefined && /** @type {{ n: number }} */ (sql.countStored.get(id)).n > caps.storedReminders) {
        // Throwing rolls the whole transaction back: the subscription and its reminders stay as they were.
        throw new CapExceeded();
      }
      if (!existing && admission) sql.insertAdmission.run({ key: admission.key, now });
      return { scheduled: /** @type {{ n: number }} */ (sql.countDue.get(id)).n };
    },
  );

  const deleteByEndpoint = db.transaction(
    /** @param {string} endpoint @param {string} ownerHash @returns {import('./store.mjs').DeleteResult} */
    (endpoint, ownerHash) => {
      const existing = /** @type {{ id: number, owner_hash: string | null } | undefined} */ (sql.subscriptionByEndpoint.get(endpoint));
      if (!existing) return 'absent';
      if (existing.owner_hash && existing.owner_hash !== ownerHash) return 'not-owner';
      sql.deleteById.run(existing.id);
      return 'deleted';
    },
  );

  const purge = db.transaction(
    /** @param {{ finishedBefore: number, idleSubscriptionsBefore: number, admissionsBefore?: number }} options */
    ({ finishedBefore, idleSubscriptionsBefore, admissionsBefore }) => {
      if (admissionsBefore !== undefined) sql.purgeAdmissions.run(admissionsBefore);
      return {
        reminders: sql.purgeFinished.run(finishedBefore).changes,
        subscriptions: sql.purgeIdleSubscriptions.run(idleSubscriptionsBefore).changes,
      };
    },
  );

  return {
    db,
    async getOrCreateMeta(key, create) {
      const existing = /** @type {{ value: string } | undefined} */ (sql.getMeta.get(key));
      if (existing) return existing.value;
      sql.insertMetaIfAbsent.run(key, create());
      return /** @type {{ value: string }} */ (sql.getMeta.get(key)).value;
    },
    async syncSubscription(sync, now, caps = {}) {
      try {
        // IMMEDIATE: the owner and cap checks read what this transaction then writes.
        return syncSubscription.immediate(sync, now, caps);
      } catch (error) {
        if (error instanceof CapExceeded) return { refused: 'reminder-cap' };
        throw error;
      }
    },
    async deleteSubscriptionByEndpoint(endpoint, ownerHash) {
      return deleteByEndpoint.immediate(endpoint, ownerHash);
    },
    async deleteSubscription(subscriptionId) {
      sql.deleteById.run(subscriptionId);
    },
    async claimDue(options) {
      // IMMEDIATE takes the write lock before reading, so two processes queue instead of deadlocking.
      return claimDue.immediate(options);
    },
    async markSent(claim, now) {
      return sql.markSent.run({ rowId: claim.rowId, token: claim.token, now }).changes > 0;
    },
    async scheduleRetry(claim, retryAt) {
      return sql.scheduleRetry.run({ rowId: claim.rowId, token: claim.token, retryAt }).changes > 0;
    },
    async markFinished(claim, state, reason, now) {
      return sql.markFinished.run({ rowId: claim.rowId, token: claim.token, state, reason, now }).changes > 0;
    },
    async purge(options) {
      return purge(options);
    },
    async counts() {
      const counts = { due: 0, sending: 0, sent: 0, failed: 0, expired: 0, subscriptions: 0 };
      for (const row of /** @type {{ state: keyof typeof counts, n: number }[]} */ (sql.countByState.all())) {
        counts[row.state] = row.n;
      }
      counts.subscriptions = /** @type {{ n: number }} */ (sql.countSubscriptions.get()).n;
      return counts;
    },
    async close() {
      db.close();
    },
  };
}

/** Thrown inside a sync transaction to roll it back when the reminder cap would be passed. */
class CapExceeded extends Error {}

/**
 * Brings a file made by an older version up to this schema. `owner_hash` arrived with ownership;
 * rows from before have none until their owner's next sync claims them (see store.mjs). `lang`
 * arrived with languages; rows from before are English until their owner's next sync says otherwise.
 * @param {import('better-sqlite3').Database} db
 */
function migrate(db) {
  const columns = /** @type {{ name: string }[]} */ (db.prepare('PRAGMA table_info(subscriptions)').all());
  if (!columns.some((c) => c.name === 'owner_hash')) db.exec('ALTER TABLE subscriptions ADD COLUMN owner_hash TEXT');
  if (!columns.some((c) => c.name === 'lang')) db.exec("ALTER TABLE subscriptions ADD COLUMN lang TEXT NOT NULL DEFAULT 'en'");
}

/**
 * @typedef {{ id: number, subscription_id: number, reminder_id: string, kind: import('../../src/contract/reminders.js').ReminderKind, at: number, attempts: number }} ClaimedRow
 * @typedef {{ endpoint: string, p256dh: string, auth: string, lang: string }} SubscriptionRow
 */

/** @param {import('better-sqlite3').Database} db */
function prepareStatements(db) {
  return {
    getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
    insertMetaIfAbsent: db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)'),
    upsertSubscription: db.prepare(`
      INSERT INTO subscriptions (endpoint, p256dh, auth, time_zone, synced_at, owner_hash, lang)
      VALUES (@endpoint, @p256dh, @auth, @timeZone, @now, @ownerHash, @lang)
      ON CONFLICT (endpoint) DO UPDATE SET
        p256dh = excluded.p256dh, auth = excluded.auth, time_zone = excluded.time_zone, synced_at = excluded.synced_at,
        owner_hash = excluded.owner_hash, lang = excluded.lang
      RETURNING id`),
    subscriptionByEndpoint: db.prepare('SELECT id, owner_hash FROM subscriptions WHERE endpoint = ?'),
    countAdmissions: db.prepare('SELECT count(*) AS n FROM admissions WHERE address_key = @key AND created_at > @since'),
    insertAdmission: db.prepare('INSERT INTO admissions (address_key, created_at) VALUES (@key, @now)'),
    purgeAdmissions: db.prepare('DELETE FROM admissions WHERE created_at < ?'),
    countStored: db.prepare('SELECT count(*) AS n FROM reminders WHERE subscription_id = ?'),
    // Only reminders still waiting are replaced; anything claimed or finished stays as it is.
    dropUnlistedDue: db.prepare(`
      DELETE FROM reminders
      WHERE subscription_id = @id AND state = 'due' AND reminder_id NOT IN (SELECT value FROM json_each(@ids))`),
    upsertReminder: db.prepare(`
      INSERT INTO reminders (subscription_id, reminder_id, kind, at) VALUES (@id, @reminderId, @kind, @at)
      ON CONFLICT (subscription_id, reminder_id) DO UPDATE SET
        kind = excluded.kind, at = excluded.at, attempts = 0, retry_at = NULL
      WHERE reminders.state = 'due' AND (reminders.at <> excluded.at OR reminders.kind <> excluded.kind)`),
    countDue: db.prepare("SELECT count(*) AS n FROM reminders WHERE subscription_id = ? AND state = 'due'"),
    deleteById: db.prepare('DELETE FROM subscriptions WHERE id = ?'),
    reclaimStale: db.prepare(`
      UPDATE reminders SET state = 'due', claim_token = NULL
      WHERE state = 'sending' AND claimed_at <= @cutoff`),
    // The atomic claim: one statement picks and marks the rows, so no two claimers share one.
    claim: db.prepare(`
      UPDATE reminders SET state = 'sending', claimed_at = @now, claim_token = @token, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM reminders
        WHERE state = 'due' AND at <= @now AND (retry_at IS NULL OR retry_at <= @now)
        ORDER BY at LIMIT @limit)
      RETURNING id, subscription_id, reminder_id, kind, at, attempts`),
    subscriptionById: db.prepare('SELECT endpoint, p256dh, auth, lang FROM subscriptions WHERE id = ?'),
    markSent: db.prepare(`
      UPDATE reminders SET state = 'sent', finished_at = @now, outcome = 'sent', claim_token = NULL, retry_at = NULL
      WHERE id = @rowId AND state = 'sending' AND claim_token = @token`),
    scheduleRetry: db.prepare(`
      UPDATE reminders SET state = 'due', retry_at = @retryAt, claim_token = NULL
      WHERE id = @rowId AND state = 'sending' AND claim_token = @token`),
    markFinished: db.prepare(`
      UPDATE reminders SET state = @state, outcome = @reason, finished_at = @now, claim_token = NULL
      WHERE id = @rowId AND state = 'sending' AND claim_token = @token`),
    purgeFinished: db.prepare("DELETE FROM reminders WHERE state IN ('sent', 'failed', 'expired') AND at < ?"),
    purgeIdleSubscriptions: db.prepare(`
      DELETE FROM subscriptions
      WHERE synced_at < ? AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.subscription_id = subscriptions.id AND r.state IN ('due', 'sending'))`),
    countByState: db.prepare('SELECT state, count(*) AS n FROM reminders GROUP BY state'),
    countSubscriptions: db.prepare('SELECT count(*) AS n FROM subscriptions'),
  };
}
