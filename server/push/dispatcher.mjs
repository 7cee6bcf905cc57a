// @ts-check
/**
 * The dispatcher: claims due reminders in batches (atomically, see store.mjs), sends each with up to
 * `concurrency` requests in flight, and records every outcome as soon as it is known.
 *
 *   2xx      sent
 *   404/410  the subscription is gone: delete it and its reminders
 *   429      retry, not before Retry-After (or back-off when it is missing)
 *   5xx, 408, no response   retry with exponential back-off and jitter, up to `maxAttempts`
 *   401/403  our VAPID credentials were refused: a configuration error, reported, not retried
 *   other    rejected; not retried
 *
 * A reminder claimed later than its kind's TTL is dropped as `expired`: a "drink water" that is
 * hours late helps nobody. After a crash, claims come back once their lease ends, so a message may
 * be sent twice (at most one batch); the notification tag makes the device show it once.
 * Logs carry counts only: never endpoints, ids with kinds, or payloads.
 */
import { randomUUID } from 'node:crypto';
import { parseRetryAfter, retryDelayMs } from './backoff.mjs';
import { buildPushPayload } from './payload.mjs';
import { REMINDER_KINDS } from './reminderKinds.mjs';
import { ADMISSION_WINDOW_MS } from './store.mjs';

/**
 * @typedef {{ claimed: number, sent: number, retried: number, gone: number, failed: number, expired: number, vapidErrors: number }} DispatchTotals
 * @typedef {Pick<Console, 'info' | 'error'>} Logger
 *
 * @typedef {object} DispatcherOptions
 * @property {import('./store.mjs').PushStore} store
 * @property {import('./webPushSender.mjs').Send} send
 * @property {() => number} [now]
 * @property {number} [batchSize] Claimed per round trip to the store; also the most a crash can duplicate.
 * @property {number} [concurrency] Requests in flight.
 * @property {number} [leaseMs] After this, a claim is presumed dead and its reminders are claimable again.
 * @property {number} [sendTimeoutMs] Socket timeout per request.
 * @property {number} [maxAttempts] Claims per reminder before it is given up.
 * @property {import('./backoff.mjs').BackoffOptions} [backoff]
 * @property {Logger} [log]
 * @property {number} [keepFinishedMs] How long sent/failed reminders are remembered (so a re-sync cannot resend them).
 * @property {number} [keepIdleSubscriptionsMs] A subscription that stopped syncing and has nothing due is forgotten after this.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** @param {DispatcherOptions} options */
export function createDispatcher({
  store,
  send,
  now = Date.now,
  batchSize = 128,
  concurrency = 64,
  leaseMs = 60_000,
  sendTimeoutMs = 10_000,
  maxAttempts = 6,
  backoff = {},
  log = console,
  keepFinishedMs = 7 * DAY_MS,
  keepIdleSubscriptionsMs = 90 * DAY_MS,
}) {
  // A batch must finish inside its lease, or a second dispatcher would take it over mid-send.
  const worstBatchMs = Math.ceil(batchSize / concurrency) * sendTimeoutMs;
  if (worstBatchMs >= leaseMs) {
    throw new RangeError(`leaseMs (${leaseMs}) must exceed ceil(batchSize / concurrency) × sendTimeoutMs (${worstBatchMs})`);
  }

  let stopping = false;
  /** @type {Promise<unknown> | null} */
  let running = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let lastPurge = 0;

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

  /**
   * @param {import('./store.mjs').Claim} claim
   * @param {DispatchTotals} totals
   */
  async function deliver(claim, totals) {
    const rule = REMINDER_KINDS[claim.kind];
    if (now() - claim.at > rule.ttlSeconds * 1000) {
      await store.markFinished(claim, 'expired', 'past-ttl', now());
      totals.expired++;
      return;
    }
    const payload = buildPushPayload(claim);
    const { status, retryAfter } = await send({ subscription: claim.subscription, payload, kind: claim.kind, timeoutMs: sendTimeoutMs });
    if (status >= 200 && status < 300) {
      await store.markSent(claim, now());
      totals.sent++;
    } else if (status === 404 || status === 410) {
      await store.deleteSubscription(claim.subscriptionId);
      totals.gone++;
    } else if (status === 401 || status === 403) {
      await store.markFinished(claim, 'failed', `vapid-${status}`, now());
      totals.vapidErrors++;
    } else if (status === 0 || status === 408 || status === 429 || status >= 500) {
      await retryOrGiveUp(claim, status === 429 ? parseRetryAfter(retryAfter, now()) : undefined, totals);
    } else {
      await store.markFinished(claim, 'failed', `http-${status}`, now());
      totals.failed++;
    }
  }

  /**
   * @param {import('./store.mjs').Claim} claim
   * @param {number | undefined} retryAfterMs
   * @param {DispatchTotals} totals
   */
  async function retryOrGiveUp(claim, retryAfterMs, totals) {
    if (claim.attempts >= maxAttempts) {
      await store.markFinished(claim, 'failed', 'gave-up', now());
      totals.failed++;
      return;
    }
    await store.scheduleRetry(claim, now() + retryDelayMs(claim.attempts, { ...backoff, retryAfterMs }));
    totals.retried++;
  }

  /**
   * Sends everything due now, batch after batch, and returns what happened.
   * @returns {Promise<DispatchTotals>}
   */
  async function tick() {
    /** @type {DispatchTotals} */
    const totals = { claimed: 0, sent: 0, retried: 0, gone: 0, failed: 0, expired: 0, vapidErrors: 0 };
    while (!stopping) {
      const claims = await store.claimDue({ now: now(), limit: batchSize, leaseMs, token: randomUUID() });
      totals.claimed += claims.length;
      await inParallel(claims, concurrency, async (claim) => {
        try {
          await deliver(claim, totals);
        } catch (error) {
          log.error(`push dispatch: a delivery failed inside the server (${errorName(error)})`);
          // Retried like a network failure, so a fault that persists ends as 'failed' after maxAttempts.
          // If the store itself is failing, the claim lapses instead and comes back after the lease.
          await retryOrGiveUp(claim, undefined, totals).catch(() => {});
        }
      });
      if (claims.length < batchSize) break;
    }
    report(totals);
    return totals;
  }

  /** @param {DispatchTotals} totals */
  function report(totals) {
    const { claimed, sent, retried, gone, failed, expired, vapidErrors } = totals;
    if (claimed > 0) {
      log.info(`push dispatch: ${sent} sent, ${retried} to retry, ${gone} gone, ${failed} failed, ${expired} expired`);
    }
    if (vapidErrors > 0) {
      log.error(
        `push dispatch: ${vapidErrors} message(s) refused with 401/403. This is a VAPID configuration error: ` +
          'the subscriptions were made with a different VAPID public key, or VAPID_SUBJECT is not accepted. ' +
          'Keep the key pair stored in the database; clients re-subscribe with the key /api/push/vapid-public-key serves.',
      );
    }
  }

  return {
    tick,
    /**
     * Ticks every `intervalMs` until stop(); a failed tick is logged and the next one tries again.
     * @param {number} [intervalMs]
     */
    start(intervalMs = 5000) {
      stopping = false;
      const loop = () => {
        running = tick()
          .then(purgeIfDue)
          .catch((error) => log.error(`push dispatch: tick failed (${errorName(error)})`))
          .finally(() => {
            running = null;
            if (!stopping) timer = setTimeout(loop, intervalMs);
          });
      };
      loop();
    },
    /** Stops after the batch in flight; resolves once it is recorded. tick() still works afterwards. */
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await running;
      stopping = false;
    },
  };
}

/**
 * Runs `work` over `items` with at most `limit` at once.
 * @template T
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<void>} work
 */
async function inParallel(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(/** @type {T} */ (items[next++]));
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The error's class and code only: messages can carry endpoints or SQL values. */
function errorName(/** @type {unknown} */ error) {
  if (!(error instanceof Error)) return 'non-error thrown';
  const code = /** @type {{ code?: unknown }} */ (error).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}
