// @ts-check
/**
 * A loopback push service that behaves like the real ones where it matters to us: it checks the
 * VAPID Authorization header (ES256 signature with the key it carries, audience = our origin,
 * expiry in the future and within 24 h), decrypts every payload with http_ece as a browser would,
 * records what arrived, and answers 201, or a scripted status per endpoint (404/410/429/500/403…).
 * Subscriber keys are derived from a name, so a bench process and its mock agree without talking.
 *
 * It can also be hostile, per endpoint, as an attacker's own "push service" would (`behave`): a 201
 * with a 700 MB body (streamed lazily, never allocated), a body or a status line dripped one byte a
 * second, no answer at all, a connection reset, a redirect. It counts requests per reminder and the
 * most it ever had open at once for one reminder, so a test can tell a retry from a double send.
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
 * @typedef {'huge-body' | 'drip-body' | 'drip-head' | 'silent' | 'reset'} Hostility
 * @typedef {{ status: number, retryAfter?: string, location?: string, delayMs?: number, hostile?: Hostility }} Answer
 * @typedef {{ name: string, reminderId: string, kind: string, payload: any, bytes: number, ttl: number, urgency: string, topic: string, at: number }} Received
 */

const HUGE_BODY_BYTES = 700 * 1024 * 1024;
const ZEROS = Buffer.alloc(64 * 1024);

/**
 * @param {{ key: Buffer, cert: Buffer, vapidPublicKey?: string, delayMs?: number }} options
 */
export async function startMockPushService({ key, cert, vapidPublicKey, delayMs = 0 }) {
  /** @type {Map<string, Answer[]>} */
  const scripts = new Map();
  /** @type {Map<string, Answer>} answers that never run out */
  const behaviours = new Map();
  /** @type {Record<string, number>} requests per reminder id (decrypted), whatever the answer */
  const requestsById = {};
  /** @type {Record<string, number>} */
  const openById = {};
  /** @type {Record<string, number>} the most requests for one reminder open at the same time */
  const maxOpenById = {};
  /** @type {Set<import('node:net').Socket>} */
  const hostileSockets = new Set();
  /** @type {Set<ReturnType<typeof setInterval>>} */
  const drips = new Set();
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
      const answer = scripts.get(name)?.shift() ?? behaviours.get(name) ?? { status: 201 };
      let status = answer.status;
      /** @type {Received | undefined} */
      let message;
      try {
        message = check(name, req, Buffer.concat(chunks));
        // A real push service accepts, then fails or not: record only what it accepted (a 201 that
        // never reaches the client is not an acceptance).
        const answers = !answer.hostile || answer.hostile === 'huge-body' || answer.hostile === 'drip-body';
        if (status >= 200 && status < 300 && answers) received.push(message);
      } catch (error) {
        problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        status = 400;
      }
      if (message) countOpen(message.reminderId, res);
      if (answer.hostile) return misbehave(answer.hostile, req, res);
      /** @type {Record<string, string>} */
      const headers = {};
      if (answer.retryAfter) headers['Retry-After'] = answer.retryAfter;
      if (answer.location) headers.Location = answer.location;
      setTimeout(() => res.writeHead(status, headers).end(), answer.delayMs ?? delayMs);
    });
  });

  /** @param {string} id @param {import('node:http').ServerResponse} res */
  function countOpen(id, res) {
    requestsById[id] = (requestsById[id] ?? 0) + 1;
    openById[id] = (openById[id] ?? 0) + 1;
    maxOpenById[id] = Math.max(maxOpenById[id] ?? 0, openById[id] ?? 0);
    res.once('close', () => (openById[id] = (openById[id] ?? 1) - 1));
  }

  /**
   * @param {Hostility} how
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  function misbehave(how, req, res) {
    const socket = req.socket;
    hostileSockets.add(socket);
    socket.once('close', () => hostileSockets.delete(socket));
    socket.on('error', () => {});
    if (how === 'reset') return void socket.destroy();
    if (how === 'silent') return;
    if (how === 'huge-body') {
      res.writeHead(201, { 'Content-Length': HUGE_BODY_BYTES });
      let sent = 0;
      // Lazily, as the client reads: a client that stops reading stops it.
      const pump = () => {
        while (sent < HUGE_BODY_BYTES && !res.destroyed) {
          sent += ZEROS.length;
          if (!res.write(ZEROS)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      return pump();
    }
    // A drip: the status line (raw, under the HTTP layer) or the body, one byte a second.
    const bytes = how === 'drip-head' ? Buffer.from('HTTP/1.1 201 Created\r\nContent-Length: 100000\r\n\r\n') : Buffer.alloc(100_000, 120);
    if (how === 'drip-body') res.writeHead(201, { 'Content-Length': bytes.length }).flushHeaders();
    let i = 0;
    const drip = setInterval(() => {
      if (socket.destroyed || i >= bytes.length) return void clearInterval(drip);
      const byte = bytes.subarray(i, ++i);
      if (how === 'drip-head') socket.write(byte);
      else res.write(byte);
    }, 1000);
    drips.add(drip);
    socket.once('close', () => {
      clearInterval(drip);
      drips.delete(drip);
    });
  }

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
      at: Date.now(),
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
    requestsById,
    maxOpenById,
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
    /** Answers every request for `name` this way. @param {string} name @param {Answer} answer */
    behave(name, answer) {
      behaviours.set(name, answer);
    },
    close() {
      for (const drip of drips) clearInterval(drip);
      for (const socket of hostileSockets) socket.destroy();
      return new Promise((done) => {
        server.close(() => done(null));
        server.closeAllConnections();
      });
    },
  };
}
