// @ts-check
/**
 * The dispatcher's default `send`. web-push does the RFC 8291 encryption and builds the request
 * (`generateRequestDetails`); we make the HTTP request ourselves, because web-push keeps the push
 * service's whole answer in one string: an endpoint (any public https host a submitter controls)
 * that answers with a huge body would overflow it and take the process down.
 *
 * What one endpoint can do to us is bounded here:
 * - a total deadline per send (connect, TLS, headers, all of it), not only an idle timeout, so a
 *   server that drips one byte a second cannot hold a send for ever; DNS has a deadline of its own;
 * - the status line and headers are all we use: the body is read up to `maxResponseBytes` and the
 *   connection is dropped past that (or at the deadline);
 * - redirects are not followed (a 3xx is an answer like any other: refused, see dispatcher.mjs);
 * - the address is checked at connect time with the submit-time policy (endpointPolicy.mjs): an IP
 *   literal in a stored row, and every address a name resolves to;
 * - nothing throws: every failure is an outcome.
 *
 * We sign the VAPID JWT ourselves and reuse it per push service origin for an hour (it is valid
 * for 12): signing was ~75% of web-push's CPU time per message, and push services expect reuse.
 */
import { lookup as dnsLookup } from 'node:dns';
import { Agent, request } from 'node:https';
import webpush from 'web-push';
import { endpointProblem, publicOnlyLookup, withDeadline } from './endpointPolicy.mjs';
import { KIND_RULES } from '../../src/contract/reminders.js';

const JWT_LIFETIME_SECONDS = 12 * 3600;
const MAX_CACHED_AUDIENCES = 1000;

/**
 * @typedef {object} Delivery
 * @property {import('./store.mjs').PushSubscriptionKeys} subscription
 * @property {string} payload JSON text, already size-checked
 * @property {import('../../src/contract/reminders.js').ReminderKind} kind
 * @property {number} timeoutMs The total deadline for this send.
 *
 * @typedef {object} SendOutcome
 * @property {number} status The push service's status code; 0 when no answer arrived in time
 *   (network error, reset, deadline).
 * @property {string} [retryAfter] The Retry-After header, when there was one.
 * @property {true} [refused] We refused to send: the endpoint breaks the address policy.
 * @typedef {(delivery: Delivery) => Promise<SendOutcome>} Send
 */

/**
 * Keep-alive connections to the push services. `ca` is only for a test's self-signed mock.
 * The address policy is applied per request by the sender, whatever agent it is given.
 * @param {{ ca?: string | Buffer, maxSockets?: number }} [options]
 */
export function createPushAgent({ ca, maxSockets = 64 } = {}) {
  return new Agent({ keepAlive: true, maxSockets, ...(ca ? { ca } : {}) });
}

/**
 * @typedef {object} SenderOptions
 * @property {import('./vapid.mjs').VapidDetails} vapid
 * @property {Agent} [agent]
 * @property {boolean} [testMode] Loopback and private endpoints allowed, for a loopback mock push service.
 * @property {number} [maxResponseBytes] Read this much of a response body at most.
 * @property {number} [dnsTimeoutMs]
 * @property {number} [jwtReuseMs]
 * @property {() => number} [now]
 */

/**
 * @param {SenderOptions} options
 * @returns {Send}
 */
export function createWebPushSender({
  vapid,
  agent = createPushAgent(),
  testMode = false,
  maxResponseBytes = 4096,
  dnsTimeoutMs = 3000,
  jwtReuseMs = 3_600_000,
  now = Date.now,
}) {
  /** @type {Map<string, { authorization: string, renewAt: number }>} */
  const jwtByAudience = new Map();
  const lookup = withDeadline(testMode ? dnsLookup : publicOnlyLookup, dnsTimeoutMs);

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
    // The same policy as at submit time: a row written before a policy change, or by hand, is caught here.
    if (endpointProblem(subscription.endpoint, { testMode })) return { status: 0, refused: true };
    const rule = KIND_RULES[kind];
    let details;
    try {
      details = webpush.generateRequestDetails(subscription, payload, {
        TTL: rule.ttlSeconds,
        urgency: 'high',
        topic: rule.topic,
        contentEncoding: 'aes128gcm',
        headers: { Authorization: authorization(subscription.endpoint) },
      });
    } catch {
      return { status: 0 };
    }
    return post(subscription.endpoint, details.headers, details.body, { agent, lookup, timeoutMs, maxResponseBytes });
  };
}

/**
 * One POST under a total deadline. Resolves with the status as soon as the headers are in; the body
 * is then read (and ignored) up to `maxResponseBytes` within the same deadline, or the socket dropped.
 * @param {string} endpoint
 * @param {Record<string, string | number>} headers
 * @param {Buffer | null} body
 * @param {{ agent: Agent, lookup: import('node:net').LookupFunction, timeoutMs: number, maxResponseBytes: number }} options
 * @returns {Promise<SendOutcome>}
 */
function post(endpoint, headers, body, { agent, lookup, timeoutMs, maxResponseBytes }) {
  return new Promise((resolve) => {
    let settled = false;
    /** @param {SendOutcome} outcome */
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    /** @type {import('node:http').ClientRequest} */
    let req;
    try {
      req = request(endpoint, { method: 'POST', headers, agent, lookup, timeout: timeoutMs });
    } catch {
      return settle({ status: 0 });
    }
    // The deadline outlives the promise: it also ends a body that is still dripping.
    const deadline = setTimeout(() => {
      req.destroy();
      settle({ status: 0 });
    }, timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('error', () => settle({ status: 0 }));
    req.on('timeout', () => req.destroy());
    req.on('response', (res) => {
      const retryAfter = res.headers['retry-after'];
      settle({ status: res.statusCode ?? 0, ...(typeof retryAfter === 'string' ? { retryAfter } : {}) });
      let seen = 0;
      res.on('error', () => {}); // a reset mid-body: the status is already settled
      res.on('data', (/** @type {Buffer} */ chunk) => {
        seen += chunk.length;
        // Not worth reading: dropping the connection is cheaper than draining it.
        if (seen > maxResponseBytes) res.destroy();
      });
    });
    req.end(body ?? undefined);
  });
}
