// @ts-check
/**
 * The dispatcher: claims due reminders (atomically, see store.mjs), sends each with up to
 * `concurrency` requests in flight, and records every outcome as soon as it is known.
 *
 *   2xx      sent
 *   404/410  the subscription is gone: delete it and its reminders
 *   429      retry, not before Retry-After (or back-off when it is missing); when that is past the
 *            kind's TTL the reminder is dropped as expired at once
 *   5xx, 408, no answer in time (reset, silence, a drip past the deadline)
 *            retry with exponential back-off and jitter, up to `maxAttempts`
 *   401/403  our VAPID credentials were refused: a configuration error, reported, not retried
 *   other (3xx included: redirects are never followed)   rejected; not retried
 *   an endpoint our address policy refuses (endpointPolicy.mjs)   failed, not retried
 *
 * No endpoint can hold up the others. Each send has a total deadline (`sendTimeoutMs`), and the
 * pool refills as each send finishes rather than batch by batch, so a slow endpoint holds one slot,
 * not the queue. One subscription has at most `perSubscription` sends in flight here: its further
 * reminders are put back for `deferMs` (counted as an attempt, so a subscription whose endpoint
 * never answers in time ends as failed rather than queueing for ever).
 *
 * Every claim is finished well inside its lease: a claim waits for at most ceil(batchSize /
 * concurrency) sends ahead of it, each bounded by the deadline, and the constructor refuses a lease
 * shorter than that. So two dispatchers never send one reminder twice; only a crash can, and only
 * what the dead process had claimed (the notification tag makes the device show it once).
 * Logs carry counts only: never endpoints, ids with kinds, or payloads.
 */
import { randomUUID } from 'node:crypto';
import { parseRetryAfter, retryDelayMs } from './backoff.mjs';
import { buildPushPayload } from './payload.mjs';
import { KIND_RULES } from '../../src/contract/reminders.js';
import { ADMISSION_WINDOW_MS } from './store.mjs';

/**
 * @typedef {{ claimed: number, sent: number, retried: number, deferred: number, gone: number, failed: number, expired: number, vapidErrors: number }} DispatchTotals
 * @typedef {Pick<Console, 'info' | 'error'>} Logger
 * @typedef {import('./store.mjs').Claim} Claim
 *
 * @typedef {object} DispatcherOptions
 * @property {import('./store.mjs').PushStore} store
 * @property {import('./webPushSender.mjs').Send} send
 * @property {() => number} [now]
 * @property {number} [batchSize] Most claims held at once (queued and in flight); also the most a crash can duplicate.
 * @property {number} [concurrency] Requests in flight.
 * @property {number} [perSubscription] Requests in flight to one subscription.
 * @property {number} [deferMs] How long a reminder waits when its subscription already has `perSubscription` in flight.
 * @property {number} [leaseMs] After this, a claim is presumed dead and its reminders are claimable again.
 * @property {number} [sendTimeoutMs] Total deadline per request, DNS to last header.
 * @property {number} [maxAttempts] Claims per reminder before it is given up.
 * @property {import('./backoff.mjs').BackoffOptions} [backoff]
 * @property {Logger} [log]
 * @property {number} [keepFinishedMs] How long sent/failed reminders are remembered (so a re-sync cannot resend them).
 * @property {number} [keepIdleSubscriptionsMs] A subscription that stopped syncing and has nothing due is forgotten after this.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Whether a send's outcome is put back to try again: no answer (0), 408, 429 or a server error.
 * @param {import('./webPushSender.mjs').SendOutcome} outcome
 */
export const isRetryable = ({ status, refused }) => !refused && (status === 0 || status === 408 || status === 429 || status >= 500);

/** @returns {DispatchTotals} */
const noTotals = () => ({ claimed: 0, sent: 0, retried: 0, deferred: 0, gone: 0, failed: 0, expired: 0, vapidErrors: 0 });

/** @param {DispatcherOptions} options */
export function createDispatcher({
  store,
  send,
  now = Date.now,
  batchSize = 128,
  concurrency = 64,
  perSubscription = 4,
  deferMs = 2000,
  leaseMs = 60_000,
  sendTimeoutMs = 10_000,
  maxAttempts = 6,
  backoff = {},
  log = console,
  keepFinishedMs = 7 * DAY_MS,
  keepIdleSubscriptionsMs = 90 * DAY_MS,
}) {
  // A claim must be finished inside its lease, or a second dispatcher would take it over mid-send.
  const worstClaimMs = Math.ceil(batchSize / concurrency) * sendTimeoutMs;
  if (worstClaimMs >= leaseMs) {
    throw new RangeError(`leaseMs (${leaseMs}) must exceed ceil(batchSize / concurrency) × sendTimeoutMs (${worstClaimMs})`);
  }

  let stopping = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let lastPurge = 0;
  let totals = noTotals();
  /** Claimed, waiting for a free slot. */
  /** @type {Claim[]} */
  const queue = [];
  /** @type {Set<Promise<void>>} */
  const inFlight = new Set();
  /** @type {Map<number, number>} in-flight sends per subscription id */
  const perSubscriptionInFlight = new Map();
  /** @type {Promise<void> | null} */
  let filling = null;
  let fillAgain = false;
  /** @type {Array<() => void>} settle() callers waiting for the last send to end */
  let idleWaiters = [];

  /** Data minimisation, hourly: the store keeps nothing it no longer needs. */
  async function purgeIfDue() {
    const t = now();
    if (t - lastPurge < HOUR_MS) return;
    lastPurge = t;
    const purged = await store.purge({
      finishedBefore: t - keepFinishedMs,
      idleSubscriptionsBefore: t - keepIdleSubscriptionsMs,
      admissionsBefore: t - ADMISSION_WINDOW_MS,
    });
    if (purged.reminders || purged.subscriptions) {
      log.info(`push housekeeping: forgot ${purged.reminders} finished reminder(s), ${purged.subscriptions} idle subscription(s)`);
    }
  }

  /** @param {Claim} claim */
  async function deliver(claim) {
    const rule = KIND_RULES[claim.kind];
    const expiresAt = claim.at + rule.ttlSeconds * 1000;
    if (now() > expiresAt) {
      await store.markFinished(claim, 'expired', 'past-ttl', now());
      totals.expired++;
      return;
    }
    const payload = buildPushPayload(claim);
    const outcome = await send({ subscription: claim.subscription, payload, kind: claim.kind, timeoutMs: sendTimeoutMs });
    const { status } = outcome;
    if (outcome.refused) {
      await store.markFinished(claim, 'failed', 'endpoint-refused', now());
      totals.failed++;
    } else if (status >= 200 && status < 300) {
      await store.markSent(claim, now());
      totals.sent++;
    } else if (status === 404 || status === 410) {
      await store.deleteSubscription(claim.subscriptionId);
      totals.gone++;
    } else if (status === 401 || status === 403) {
      await store.markFinished(claim, 'failed', `vapid-${status}`, now());
      totals.vapidErrors++;
    } else if (isRetryable(outcome)) {
      const retryAfterMs = status === 429 ? parseRetryAfter(outcome.retryAfter, now()) : undefined;
      await retryOrGiveUp(claim, retryAfterMs, expiresAt);
    } else {
      await store.markFinished(claim, 'failed', `http-${status}`, now());
      totals.failed++;
    }
  }

  /**
   * @param {Claim} claim
   * @param {number | undefined} retryAfterMs
   * @param {number} expiresAt
   */
  async function retryOrGiveUp(claim, retryAfterMs, expiresAt) {
    if (claim.attempts >= maxAttempts) {
      await store.markFinished(claim, 'failed', 'gave-up', now());
      totals.failed++;
      return;
    }
    const retryAt = now() + retryDelayMs(claim.attempts, { ...backoff, retryAfterMs });
    // Waiting past the TTL would only end in 'expired' later; say so now and free the row.
    if (retryAfterMs !== undefined && retryAt > expiresAt) {
      await store.markFinished(claim, 'expired', 'retry-after-past-ttl', now());
      totals.expired++;
      return;
    }
    await store.scheduleRetry(claim, retryAt);
    totals.retried++;
  }

  /** Delivers one claim; never rejects. @param {Claim} claim */
  async function deliverSafely(claim) {
    try {
      await deliver(claim);
    } catch (error) {
      log.error(`push dispatch: a delivery failed inside the server (${errorName(error)})`);
      // Retried like a network failure, so a fault that persists ends as 'failed' after maxAttempts.
      // If the store itself is failing, the claim lapses instead and comes back after the lease.
      await retryOrGiveUp(claim, undefined, Infinity).catch(() => {});
    }
  }

  /** Starts queued claims while there are free slots. */
  function startQueued() {
    while (inFlight.size < concurrency && queue.length > 0) {
      const claim = /** @type {Claim} */ (queue.shift());
      const busy = perSubscriptionInFlight.get(claim.subscriptionId) ?? 0;
      if (busy >= perSubscription) {
        totals.deferred++;
        track(store.scheduleRetry(claim, now() + deferMs).then(() => {}, () => {}));
        continue;
      }
      perSubscriptionInFlight.set(claim.subscriptionId, busy + 1);
      track(deliverSafely(claim).finally(() => {
        const left = (perSubscriptionInFlight.get(claim.subscriptionId) ?? 1) - 1;
        if (left > 0) perSubscriptionInFlight.set(claim.subscriptionId, left);
        else perSubscriptionInFlight.delete(claim.subscriptionId);
      }));
    }
  }

  /** @param {Promise<void>} work */
  function track(work) {
    const entry = work.finally(() => {
      inFlight.delete(entry);
      startQueued();
      // Refill as soon as the queue runs dry, not when the whole batch is done.
      if (queue.length === 0 && !stopping) void fill();
      if (inFlight.size === 0) {
        const waiting = idleWaiters;
        idleWaiters = [];
        for (const wake of waiting) wake();
      }
    });
    inFlight.add(entry);
  }

  /** Claims more while there is room; one claim round trip at a time. */
  function fill() {
    if (filling) {
      fillAgain = true;
      return filling;
    }
    filling = (async () => {
      do {
        fillAgain = false;
        while (!stopping && queue.length === 0) {
          const room = batchSize - inFlight.size;
          if (room <= 0) break;
          const claims = await store.claimDue({ now: now(), limit: room, leaseMs, token: randomUUID() });
          totals.claimed += claims.length;
          queue.push(...claims);
          startQueued();
          if (claims.length < room) break;
        }
      } while (fillAgain && !stopping);
    })()
      .catch((error) => log.error(`push dispatch: claiming failed (${errorName(error)})`))
      .finally(() => {
        filling = null;
      });
    return filling;
  }

  /** Waits until nothing is queued, in flight or being claimed. */
  async function settle() {
    // One await per wake-up, not a race over every send in flight (that costs a reaction per send).
    while (filling || inFlight.size > 0) {
      await (filling ?? new Promise((wake) => idleWaiters.push(() => wake(undefined))));
    }
  }

  /** @returns {DispatchTotals} */
  function takeTotals() {
    const taken = totals;
    totals = noTotals();
    report(taken);
    return taken;
  }

  /** @param {DispatchTotals} t */
  function report(t) {
    if (t.claimed > 0) {
      log.info(`push dispatch: ${t.sent} sent, ${t.retried} to retry, ${t.deferred} deferred, ${t.gone} gone, ${t.failed} failed, ${t.expired} expired`);
    }
    if (t.vapidErrors > 0) {
      log.error(
        `push dispatch: ${t.vapidErrors} message(s) refused with 401/403. This is a VAPID configuration error: ` +
          'the subscriptions were made with a different VAPID public key, or VAPID_SUBJECT is not accepted. ' +
          'Keep the key pair stored in the database; clients re-subscribe with the key /api/push/vapid-public-key serves.',
      );
    }
  }

  return {
    /**
     * Sends everything due now and waits until it is recorded; returns what happened (for tests,
     * the bench and one-shot runs; start() does not wait like this).
     * @returns {Promise<DispatchTotals>}
     */
    async tick() {
      await fill();
      await settle();
      return takeTotals();
    },
    /**
     * Looks for due reminders every `intervalMs` (and whenever the queue runs dry) until stop();
     * sends in flight never hold up the next look. Reports counts once per interval.
     * @param {number} [intervalMs]
     */
    start(intervalMs = 5000) {
      stopping = false;
      const loop = () => {
        void fill();
        if (totals.claimed > 0 || totals.vapidErrors > 0) takeTotals();
        purgeIfDue()
          .catch((error) => log.error(`push housekeeping failed (${errorName(error)})`))
          .finally(() => {
            if (!stopping) timer = setTimeout(loop, intervalMs);
          });
      };
      loop();
    },
    /** Claims nothing more; resolves once everything claimed is sent and recorded. tick() still works afterwards. */
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await settle();
      if (totals.claimed > 0) takeTotals();
      stopping = false;
    },
  };
}

/** The error's class and code only: messages can carry endpoints or SQL values. */
function errorName(/** @type {unknown} */ error) {
  if (!(error instanceof Error)) return 'non-error thrown';
  const code = /** @type {{ code?: unknown }} */ (error).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}
