// @ts-check
/**
 * The dispatcher's default `send`: web-push does the RFC 8291 encryption and the HTTP request.
 * We sign the VAPID JWT ourselves and reuse it per push service origin for an hour (it is valid
 * for 12): signing was ~75% of web-push's CPU time per message, and push services expect reuse.
 */
import { Agent } from 'node:https';
import webpush from 'web-push';
import { publicOnlyLookup } from './endpointPolicy.mjs';
import { REMINDER_KINDS } from './reminderKinds.mjs';

const JWT_LIFETIME_SECONDS = 12 * 3600;
const MAX_CACHED_AUDIENCES = 1000;

/**
 * @typedef {object} Delivery
 * @property {import('./store.mjs').PushSubscriptionKeys} subscription
 * @property {string} payload JSON text, already size-checked
 * @property {import('./reminderKinds.mjs').ReminderKind} kind
 * @property {number} timeoutMs
 *
 * @typedef {{ status: number, retryAfter?: string | undefined }} SendOutcome
 *   The push service's status code; 0 when no response arrived (network error, timeout).
 * @typedef {(delivery: Delivery) => Promise<SendOutcome>} Send
 */

/**
 * Keep-alive connections to the push services. Outside test mode the socket's DNS answer must be a
 * public address too (endpointPolicy.mjs), and `ca` is only for a test's self-signed mock.
 * @param {{ testMode?: boolean, ca?: string | Buffer, maxSockets?: number }} [options]
 */
export function createPushAgent({ testMode = false, ca, maxSockets = 64 } = {}) {
  return new Agent({
    keepAlive: true,
    maxSockets,
    ...(testMode ? {} : { lookup: publicOnlyLookup }),
    ...(ca ? { ca } : {}),
  });
}

/**
 * @param {{ vapid: import('./vapid.mjs').VapidDetails, agent?: Agent, jwtReuseMs?: number, now?: () => number }} options
 * @returns {Send}
 */
export function createWebPushSender({ vapid, agent = createPushAgent(), jwtReuseMs = 3_600_000, now = Date.now }) {
  /** @type {Map<string, { authorization: string, renewAt: number }>} */
  const jwtByAudience = new Map();

  /** @param {string} endpoint */
  function authorization(endpoint) {
    const audience = new URL(endpoint).origin;
    const t = now();
    const cached = jwtByAudience.get(audience);
    if (cached && cached.renewAt > t) return cached.authorization;
    const expiration = Math.floor(t / 1000) + JWT_LIFETIME_SECONDS;
    const headers = webpush.getVapidHeaders(audience, vapid.subject, vapid.publicKey, vapid.privateKey, 'aes128gcm', expiration);
    if (jwtByAudience.size >= MAX_CACHED_AUDIENCES) jwtByAudience.clear();
    jwtByAudience.set(audience, { authorization: headers.Authorization, renewAt: t + jwtReuseMs });
    return headers.Authorization;
  }

  return async function send({ subscription, payload, kind, timeoutMs }) {
    const rule = REMINDER_KINDS[kind];
    try {
      const result = await webpush.sendNotification(subscription, payload, {
        TTL: rule.ttlSeconds,
        urgency: 'high',
        topic: rule.topic,
        contentEncoding: 'aes128gcm',
        headers: { Authorization: authorization(subscription.endpoint) },
        timeout: timeoutMs,
        agent,
      });
      return { status: result.statusCode };
    } catch (error) {
      if (error instanceof webpush.WebPushError) {
        const retryAfter = error.headers?.['retry-after'];
        return { status: error.statusCode, retryAfter };
      }
      return { status: 0 };
    }
  };
}
