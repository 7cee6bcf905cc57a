// @ts-check
/**
 * The push store interface. The API and the dispatcher only ever talk to a `PushStore`; SQLite
 * (sqliteStore.mjs) is the default, and a Postgres store can replace it by keeping these promises:
 *
 * - Every method is async, so a networked database fits the same shape.
 * - `syncSubscription` replaces the subscription's not-yet-sent reminders with the list it is given,
 *   in one transaction. Ids are stable: an id already claimed, sent, failed or expired is never
 *   reset, so re-syncing the same list twice changes nothing and a sent reminder is not sent again.
 * - `claimDue` is the one place concurrency matters. In one atomic statement it moves up to `limit`
 *   due reminders to `sending` under a fresh `token` and returns them, so two dispatchers (threads,
 *   processes or machines) on one database never claim the same row. In Postgres that is
 *   `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING …`.
 * - A claim older than `leaseMs` belongs to a dispatcher that died: `claimDue` returns it to `due`
 *   first, so nothing is lost after a crash. The price is at-least-once delivery at the transport:
 *   a message that reached the push service just before the crash is sent again. The notification
 *   `tag` is the reminder id, so the device replaces the first copy rather than showing two.
 * - `markSent`, `scheduleRetry` and `markFinished` only act while the caller still holds the claim
 *   (same token); they return whether they did.
 *
 * @typedef {import('./reminderKinds.mjs').ReminderKind} ReminderKind
 * @typedef {{ id: string, at: number, kind: ReminderKind }} ReminderInput
 * @typedef {{ endpoint: string, keys: { p256dh: string, auth: string } }} PushSubscriptionKeys
 * @typedef {{ subscription: PushSubscriptionKeys, timeZone: string, reminders: ReminderInput[] }} SubscriptionSync
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
 *
 * @typedef {'failed' | 'expired'} FinalState
 * @typedef {{ due: number, sending: number, sent: number, failed: number, expired: number, subscriptions: number }} StoreCounts
 *
 * @typedef {object} PushStore
 * @property {(key: string, create: () => string) => Promise<string>} getOrCreateMeta
 *   The value under `key`; when absent, stores `create()` unless another process got there first.
 * @property {(sync: SubscriptionSync, now: number) => Promise<{ scheduled: number }>} syncSubscription
 *   Upserts the subscription by endpoint and replaces its due reminders; `scheduled` counts them after.
 * @property {(endpoint: string) => Promise<boolean>} deleteSubscriptionByEndpoint
 * @property {(subscriptionId: number) => Promise<void>} deleteSubscription Also deletes its reminders.
 * @property {(options: { now: number, limit: number, leaseMs: number, token: string }) => Promise<Claim[]>} claimDue
 * @property {(claim: Claim, now: number) => Promise<boolean>} markSent
 * @property {(claim: Claim, retryAt: number) => Promise<boolean>} scheduleRetry
 * @property {(claim: Claim, state: FinalState, reason: string, now: number) => Promise<boolean>} markFinished
 * @property {(options: { finishedBefore: number, idleSubscriptionsBefore: number }) => Promise<{ reminders: number, subscriptions: number }>} purge
 *   Housekeeping: forgets finished reminders and subscriptions that stopped syncing.
 * @property {() => Promise<StoreCounts>} counts
 * @property {() => void} close
 */

/** Reminder states, in the order a reminder passes through them. */
export const REMINDER_STATES = Object.freeze(['due', 'sending', 'sent', 'failed', 'expired']);
