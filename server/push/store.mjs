// @ts-check
/**
 * The push store interface. The API and the dispatcher only ever talk to a `PushStore`: SQLite
 * (sqliteStore.mjs) by default, or PostgreSQL through Graphile Worker (postgresStore.mjs) for
 * several processes; openStore.mjs picks one. Both keep these promises, and one suite checks them
 * against both (tests/server/storeContract.test.mjs):
 *
 * - Every method is async (`close()` too), so a networked database fits the same shape.
 * - `syncSubscription` replaces the subscription's not-yet-sent reminders with the list it is given,
 *   in one transaction. Ids are stable: an id already claimed, sent, failed or expired is never
 *   reset, so re-syncing the same list twice changes nothing and a sent reminder is not sent again.
 * - Ownership. Every subscription has an `ownerHash`: the SHA-256 (hex) of a random secret only the
 *   subscribing browser knows; the store never sees the secret. Inside the same transaction as the
 *   change, `syncSubscription` refuses (`{ refused: 'not-owner' }`, nothing written) when the stored
 *   hash differs, and `deleteSubscriptionByEndpoint` answers 'not-owner' and deletes nothing. A row
 *   made before ownership existed has no hash (NULL): the first sync claims it, and a delete with any
 *   hash may remove it (trust on first use, so upgraded clients keep their reminders).
 * - Caps (`SyncCaps`, each optional) are checked in that transaction too, so two web processes cannot
 *   both squeeze under one: new subscriptions per client address per hour, and reminder rows per
 *   subscription. Over a cap: `{ refused: … }`, nothing written. The address key is opaque to the
 *   store (the API passes a hash) and is forgotten an hour later (`purge`).
 * - `claimDue` is the one place concurrency matters. In one atomic statement it moves up to `limit`
 *   due reminders to `sending` under a fresh `token` and returns them, so two dispatchers (threads,
 *   processes or machines) on one database never claim the same row. In Postgres that is
 *   `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING …`.
 * - A claim older than `leaseMs` belongs to a dispatcher that died: `claimDue` returns it to `due`
 *   first, so nothing is lost after a crash. The price is at-least-once delivery at the transport:
 *   a message that reached the push service just before the crash is sent again. The notification
 *   `tag` is the reminder id, so the device replaces the first copy rather than showing two.
 *   A live dispatcher never lets a claim reach its lease: every send has a total deadline well inside it.
 * - `markSent`, `scheduleRetry` and `markFinished` only act while the caller still holds the claim
 *   (same token); they return whether they did.
 *
 * @typedef {import('../../src/contract/reminders.js').ReminderKind} ReminderKind
 * @typedef {import('../../src/contract/reminders.js').ReminderLanguage} ReminderLanguage
 * @typedef {{ id: string, at: number, kind: ReminderKind }} ReminderInput
 * @typedef {{ endpoint: string, keys: { p256dh: string, auth: string } }} PushSubscriptionKeys
 * @typedef {object} SubscriptionSync
 * @property {PushSubscriptionKeys} subscription
 * @property {string} ownerHash SHA-256 hex of the owner's secret.
 * @property {string} timeZone
 * @property {ReminderLanguage} [lang] The language its push texts are written in; English when absent.
 *   Every sync sets it again, so a client that switched language is written to in the new one.
 * @property {ReminderInput[]} reminders
 *
 * @typedef {object} SyncCaps
 * @property {{ key: string, perHour: number }} [newFromAddress] When the sync would create the
 *   subscription and `key` already created `perHour` in the hour up to `now`: refused 'address-cap'.
 *   A creation that goes through is counted against `key`; re-syncs of an existing one are not.
 * @property {number} [storedReminders] Refused 'reminder-cap' when the subscription would then hold
 *   more reminder rows than this, in any state (the due ones after the sync plus those claimed or
 *   finished and not yet purged), so re-syncing fresh ids cannot turn us into a push cannon.
 *
 * @typedef {'not-owner' | 'address-cap' | 'reminder-cap'} SyncRefusal
 * @typedef {{ scheduled: number } | { refused: SyncRefusal }} SyncResult
 *   `scheduled` counts the subscription's due reminders after the sync (only its owner ever sees it).
 * @typedef {'deleted' | 'absent' | 'not-owner'} DeleteResult
 *
 * @typedef {object} Claim One reminder a dispatcher holds and must now send.
 * @property {number} rowId The store's handle for the reminder.
 * @property {number} subscriptionId
 * @property {string} reminderId
 * @property {ReminderKind} kind
 * @property {number} at When it was due (epoch ms).
 * @property {number} attempts Claims so far, this one included.
 * @property {string} token The claim token; completion calls must present it.
 * @property {PushSubscriptionKeys} subscription
 * @property {ReminderLanguage} lang The subscription's language as of its last sync, not the reminder's.
 *
 * @typedef {'failed' | 'expired'} FinalState
 * @typedef {{ due: number, sending: number, sent: number, failed: number, expired: number, subscriptions: number }} StoreCounts
 *
 * @typedef {object} PushStore
 * @property {(key: string, create: () => string) => Promise<string>} getOrCreateMeta
 *   The value under `key`; when absent, stores `create()` unless another process got there first.
 * @property {(sync: SubscriptionSync, now: number, caps?: SyncCaps) => Promise<SyncResult>} syncSubscription
 *   Upserts the subscription by endpoint (owner and caps permitting) and replaces its due reminders.
 * @property {(endpoint: string, ownerHash: string) => Promise<DeleteResult>} deleteSubscriptionByEndpoint
 *   Deletes the subscription and its reminders when `ownerHash` matches (or none is stored).
 * @property {(subscriptionId: number) => Promise<void>} deleteSubscription Also deletes its reminders (the push service said 404/410).
 * @property {(options: { now: number, limit: number, leaseMs: number, token: string }) => Promise<Claim[]>} claimDue
 * @property {(claim: Claim, now: number) => Promise<boolean>} markSent
 * @property {(claim: Claim, retryAt: number) => Promise<boolean>} scheduleRetry
 * @property {(claim: Claim, state: FinalState, reason: string, now: number) => Promise<boolean>} markFinished
 * @property {(options: { finishedBefore: number, idleSubscriptionsBefore: number, admissionsBefore?: number }) => Promise<{ reminders: number, subscriptions: number }>} purge
 *   Housekeeping: forgets finished reminders, subscriptions that stopped syncing, and address
 *   counts older than `admissionsBefore` (default: keep them; the dispatcher passes now - 1 h).
 * @property {() => Promise<StoreCounts>} counts
 * @property {() => Promise<void>} close
 */

/** Reminder states, in the order a reminder passes through them. */
export const REMINDER_STATES = Object.freeze(['due', 'sending', 'sent', 'failed', 'expired']);

/** The window `SyncCaps.newFromAddress.perHour` counts over. */
export const ADMISSION_WINDOW_MS = 3_600_000;
