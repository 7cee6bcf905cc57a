// @ts-check
/**
 * The reminder API under /api/push/. The client re-syncs on every open because push subscriptions
 * expire silently (iOS above all); it sends only reminder ids, times and kinds, never health details,
 * and the language its push texts should be in (optional: English when absent or unknown).
 *
 *   GET    /api/push/vapid-public-key  → 200 { publicKey }
 *   PUT    /api/push/subscription      { subscription, ownerSecret, timeZone, lang?, reminders } → 200 { scheduled }
 *   DELETE /api/push/subscription      { endpoint, ownerSecret } → 204 ("Delete all my data")
 *
 * Only the owner changes a subscription: `ownerSecret` is 32 random bytes the browser made once and
 * keeps; the store holds its SHA-256 and refuses a different one (403, nothing changed). The only
 * thing a stranger who knows an endpoint learns is that it is subscribed here, which a PUT must
 * reveal anyway (it cannot be allowed to succeed); `scheduled` goes to the owner alone.
 * Caps: new subscriptions per client address per hour (429), reminder rows per subscription (422),
 * and the validation limits (count, horizon) in validation.mjs (400).
 *
 * Everything from the network is untrusted: a per-address rate limit comes first, then media type,
 * size and schema. Errors are `{ error: "plain message" }`; a 500 never carries a stack trace.
 * No CORS headers: only our own origin can send these JSON PUTs and DELETEs, since a cross-site
 * page would need a preflight we never grant.
 */
import { createHash } from 'node:crypto';
import { readJsonBody, sendJson } from './httpJson.mjs';
import { clientKey, createRateLimiter } from './rateLimit.mjs';
import { LIMITS, parseSubscriptionSync, parseUnsubscribe } from './validation.mjs';

export const API_PREFIX = '/api/push/';

const NOT_OWNER = 'This push subscription belongs to another device';
/** @type {Record<import('./store.mjs').SyncRefusal, [number, string, Record<string, number>?]>} */
const SYNC_REFUSALS = {
  'not-owner': [403, NOT_OWNER],
  'address-cap': [429, 'Too many new push subscriptions from this address; try again in an hour', { 'Retry-After': 3600 }],
  'reminder-cap': [422, 'Too many reminders kept for this subscription; try again tomorrow'],
};

/**
 * @typedef {object} PushApiOptions
 * @property {import('./store.mjs').PushStore} store
 * @property {string} vapidPublicKey
 * @property {boolean} [testMode] Accept loopback and private endpoints (tests only).
 * @property {() => number} [now]
 * @property {import('./rateLimit.mjs').RateLimiter} [rateLimiter]
 * @property {boolean} [trustProxy] Take the client address from the last X-Forwarded-For hop (behind our own proxy only).
 * @property {Pick<Console, 'error'>} [log]
 * @property {number} [newSubscriptionsPerHour] Per client address (IPv6: per /64).
 * @property {number} [storedRemindersPerSubscription] Rows of any state, so fresh ids cannot be re-synced without end.
 *
 * @typedef {{ handle(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): Promise<void> }} PushApi
 */

/**
 * @param {PushApiOptions} options
 * @returns {PushApi}
 */
export function createPushApi({
  store,
  vapidPublicKey,
  testMode = false,
  now = Date.now,
  rateLimiter = createRateLimiter(),
  trustProxy = false,
  log = console,
  newSubscriptionsPerHour = 10,
  storedRemindersPerSubscription = 2 * LIMITS.reminders,
}) {
  /** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} Handler */
  /** @type {Handler} */
  const publicKey = async (_req, res) => sendJson(res, 200, { publicKey: vapidPublicKey });
  /** @type {Record<string, Record<string, Handler>>} */
  const routes = {
    'vapid-public-key': { GET: publicKey, HEAD: publicKey },
    subscription: {
      PUT: async (req, res) => {
        const body = await readJsonBody(req, { limitBytes: LIMITS.bodyBytes });
        if (!body.ok) return 'gone' in body ? void res.destroy() : sendJson(res, body.status, { error: body.error });
        const parsed = parseSubscriptionSync(body.value, { now: now(), testMode });
        if (!parsed.ok) return sendJson(res, 400, { error: parsed.error });
        const result = await store.syncSubscription(parsed.value, now(), {
          // Hashed so the store holds no address; it forgets even the hash after an hour.
          newFromAddress: { key: createHash('sha256').update(clientAddress(req)).digest('hex'), perHour: newSubscriptionsPerHour },
          storedReminders: storedRemindersPerSubscription,
        });
        if (!('refused' in result)) return sendJson(res, 200, result);
        const [status, error, headers] = SYNC_REFUSALS[result.refused];
        sendJson(res, status, { error }, headers);
      },
      DELETE: async (req, res) => {
        const body = await readJsonBody(req, { limitBytes: LIMITS.bodyBytes });
        if (!body.ok) return 'gone' in body ? void res.destroy() : sendJson(res, body.status, { error: body.error });
        const parsed = parseUnsubscribe(body.value);
        if (!parsed.ok) return sendJson(res, 400, { error: parsed.error });
        const result = await store.deleteSubscriptionByEndpoint(parsed.value.endpoint, parsed.value.ownerHash);
        if (result === 'not-owner') return sendJson(res, 403, { error: NOT_OWNER });
        // Absent answers like deleted: the owner's intent holds either way.
        sendJson(res, 204);
      },
    },
  };
  /** @param {import('node:http').IncomingMessage} req */
  function clientAddress(req) {
    const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim() : '';
    return clientKey(forwarded || req.socket.remoteAddress);
  }

  return {
    async handle(req, res) {
      try {
        const decision = rateLimiter.take(clientAddress(req));
        if (!decision.allowed) {
          return sendJson(res, 429, { error: 'Too many requests; try again later' }, { 'Retry-After': decision.retryAfterSeconds });
        }
        const { pathname } = new URL(req.url ?? '/', 'http://localhost');
        const name = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : '';
        const route = Object.hasOwn(routes, name) ? routes[name] : undefined;
        if (!route) return sendJson(res, 404, { error: 'Not found' });
        const method = req.method ?? '';
        const handler = Object.hasOwn(route, method) ? route[method] : undefined;
        if (!handler) return sendJson(res, 405, { error: 'Method not allowed' }, { Allow: Object.keys(route).join(', ') });
        await handler(req, res);
      } catch (error) {
        // A client that went away mid-request is not an internal error: nothing to answer, nothing to log.
        if (req.socket.destroyed) return void res.destroy();
        // Name and stack frames only: a message can carry request data.
        const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 4).join(' |') : '';
        log.error(`push api: internal error (${error instanceof Error ? error.name : 'non-error thrown'})${frames}`);
        if (!res.headersSent) sendJson(res, 500, { error: 'Internal error' });
        else res.destroy();
      }
    },
  };
}
