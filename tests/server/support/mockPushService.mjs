// @ts-check
/**
 * A loopback push service that behaves like the real ones where it matters to us: it checks the
 * VAPID Authorization header (ES256 signature with the key it carries, audience = our origin,
 * expiry in the future and within 24 h), decrypts every payload with http_ece as a browser would,
 * records what arrived, and answers 201, or a scripted status per endpoint (404/410/429/500/403…).
 * Subscriber keys are derived from a name, so a bench process and its mock agree without talking.
 */
import { createECDH, createHash, createPublicKey, verify } from 'node:crypto';
import { createRequire } from 'node:module';
import { createServer } from 'node:https';

/** @type {{ decrypt(body: Buffer, params: object): Buffer }} */
const ece = createRequire(import.meta.url)('http_ece');

/**
 * Deterministic subscriber keys for `name` (what a browser's PushSubscription would hold).
 * @param {string} name
 */
export function subscriberKeys(name) {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(createHash('sha256').update(`aftercare-mock-subscriber:${name}`).digest());
  const authSecret = createHash('sha256').update(`aftercare-mock-auth:${name}`).digest().subarray(0, 16);
  return { ecdh, authSecret, p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') };
}

/**
 * @typedef {{ status: number, retryAfter?: string, delayMs?: number }} Answer
 * @typedef {{ name: string, reminderId: string, kind: string, payload: any, bytes: number, ttl: number, urgency: string, topic: string }} Received
 */

/**
 * @param {{ key: Buffer, cert: Buffer, vapidPublicKey?: string, delayMs?: number }} options
 */
export async function startMockPushService({ key, cert, vapidPublicKey, delayMs = 0 }) {
  /** @type {Map<string, Answer[]>} */
  const scripts = new Map();
  /** @type {Map<string, ReturnType<typeof subscriberKeys>>} */
  const subscribers = new Map();
  /** @type {Set<string>} tokens whose signature already checked out (clients reuse them) */
  const goodTokens = new Set();
  /** @type {Received[]} */
  const received = [];
  /** @type {string[]} */
  const problems = [];
  /** @type {Record<string, number>} */
  const requestsByName = {};
  let origin = '';

  const server = createServer({ key, cert }, (req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const name = decodeURIComponent((req.url ?? '').replace(/^\/push\//, ''));
      requestsByName[name] = (requestsByName[name] ?? 0) + 1;
      const answer = scripts.get(name)?.shift() ?? { status: 201 };
      let status = answer.status;
      try {
        const message = check(name, req, Buffer.concat(chunks));
        // A real push service accepts, then fails or not: record only what it accepted.
        if (status >= 200 && status < 300) received.push(message);
      } catch (error) {
        problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        status = 400;
      }
      const headers = answer.retryAfter ? { 'Retry-After': answer.retryAfter } : {};
      setTimeout(() => res.writeHead(status, headers).end(), answer.delayMs ?? delayMs);
    });
  });

  /**
   * @param {string} name
   * @param {import('node:http').IncomingMessage} req
   * @param {Buffer} body
   * @returns {Received}
   */
  function check(name, req, body) {
    const h = req.headers;
    if (req.method !== 'POST') throw new Error(`method ${req.method}`);
    if (h['content-encoding'] !== 'aes128gcm') throw new Error('content-encoding is not aes128gcm');
    if (!/^\d+$/.test(String(h.ttl))) throw new Error('TTL missing');
    if (h.urgency !== 'high') throw new Error('Urgency is not high');
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(String(h.topic))) throw new Error('Topic missing or invalid');
    if (body.length > 4096) throw new Error('body over 4096 bytes');
    checkVapid(String(h.authorization ?? ''));
    const subscriber = subscribers.get(name) ?? subscriberKeys(name);
    subscribers.set(name, subscriber);
    const plain = ece.decrypt(body, { version: 'aes128gcm', privateKey: subscriber.ecdh, authSecret: subscriber.authSecret });
    const payload = JSON.parse(plain.toString('utf8'));
    return {
      name,
      reminderId: payload.reminderId,
      kind: payload.kind,
      payload,
      bytes: plain.length,
      ttl: Number(h.ttl),
      urgency: String(h.urgency),
      topic: String(h.topic),
    };
  }

  /** @param {string} authorization */
  function checkVapid(authorization) {
    const match = authorization.match(/^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/);
    if (!match?.[1] || !match[2]) throw new Error('Authorization is not "vapid t=…, k=…"');
    const [, token, k] = match;
    if (vapidPublicKey && k !== vapidPublicKey) throw new Error('VAPID key k is not the server key');
    const [head = '', claims = '', signature = ''] = token.split('.');
    const header = JSON.parse(Buffer.from(head, 'base64url').toString());
    const payload = JSON.parse(Buffer.from(claims, 'base64url').toString());
    if (header.alg !== 'ES256') throw new Error('JWT alg is not ES256');
    if (payload.aud !== origin) throw new Error('JWT aud is not the push service origin');
    const nowSeconds = Date.now() / 1000;
    if (!(payload.exp > nowSeconds && payload.exp <= nowSeconds + 86400)) throw new Error('JWT exp not within 24 h');
    if (!/^(mailto:|https:)/.test(payload.sub)) throw new Error('JWT sub is not mailto: or https:');
    if (goodTokens.has(`${token} ${k}`)) return;
    const point = Buffer.from(k, 'base64url');
    const jwk = { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
    const ok = verify('sha256', Buffer.from(`${head}.${claims}`), { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
    if (!ok) throw new Error('JWT signature does not verify');
    goodTokens.add(`${token} ${k}`);
  }

  await new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(null)));
  origin = `https://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

  return {
    origin,
    received,
    problems,
    requestsByName,
    /** @param {string} name */
    subscriptionFor(name) {
      const keys = subscriberKeys(name);
      subscribers.set(name, keys);
      return { endpoint: `${origin}/push/${encodeURIComponent(name)}`, keys: { p256dh: keys.p256dh, auth: keys.auth } };
    },
    /** Answers for `name`'s next requests, in order; 201 after them. @param {string} name @param {Answer[]} answers */
    script(name, answers) {
      scripts.set(name, [...answers]);
    },
    close() {
      return new Promise((done) => {
        server.close(() => done(null));
        server.closeAllConnections();
      });
    },
  };
}
