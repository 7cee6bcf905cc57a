// @ts-check
/**
 * The reminder API under /api/push/. The client re-syncs on every open because push subscriptions
 * expire silently (iOS above all); it sends only reminder ids, times and kinds, never health details.
 *
 *   GET    /api/push/vapid-public-key  → 200 { publicKey }
 *   PUT    /api/push/subscription      { subscription, timeZone, reminders } → 200 { scheduled }
 *   DELETE /api/push/subscription      { endpoint } → 204 ("Delete all my data")
 *
 * Everything from the network is untrusted: a per-address rate limit comes first, then media type,
 * size and schema. Errors are `{ error: "plain message" }`; a 500 never carries a stack trace.
 * No CORS headers: only our own origin can send these JSON PUTs and DELETEs, since a cross-site
 * page would need a preflight we never grant.
 */
import { readJsonBody, sendJson } from './httpJson.mjs';
import { clientKey, createRateLimiter } from './rateLimit.mjs';
import { LIMITS, parseSubscriptionSync, parseUnsubscribe } from './validation.mjs';

export const API_PREFIX = '/api/push/';

/**
 * @typedef {object} PushApiOptions
 * @property {import('./store.mjs').PushStore} store
 * @property {string} vapidPublicKey
 * @property {boolean} [testMode] Accept loopback and private endpoints (tests only).
 * @property {() => number} [now]
 * @property {import('./rateLimit.mjs').RateLimiter} [rateLimiter]
 * @property {boolean} [trustProxy] Take the client address from the last X-Forwarded-For hop (behind our own proxy only).
 * @property {Pick<Console, 'error'>} [log]
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
        if (!body.ok) return sendJson(res, body.status, { error: body.error });
        const parsed = parseSubscriptionSync(body.value, { now: now(), testMode });
        if (!parsed.ok) return sendJson(res, 400, { error: parsed.error });
        sendJson(res, 200, await store.syncSubscription(parsed.value, now()));
      },
      DELETE: async (req, res) => {
        const body = await readJsonBody(req, { limitBytes: LIMITS.bodyBytes });
        if (!body.ok) return sendJson(res, body.status, { error: body.error });
        const parsed = parseUnsubscribe(body.value);
        if (!parsed.ok) return sendJson(res, 400, { error: parsed.error });
        await store.deleteSubscriptionByEndpoint(parsed.value.endpoint);
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
        // Name and stack frames only: a message can carry request data.
        const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 4).join(' |') : '';
        log.error(`push api: internal error (${error instanceof Error ? error.name : 'non-error thrown'})${frames}`);
        if (!res.headersSent) sendJson(res, 500, { error: 'Internal error' });
        else res.destroy();
      }
    },
  };
}
