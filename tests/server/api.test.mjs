// @vitest-environment node
// The push API end to end through createAppServer on a loopback port.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { Agent } from 'node:https';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer, listen } from '../../server/index.mjs';
import { createPushApi } from '../../server/push/api.mjs';
import { createRateLimiter } from '../../server/push/rateLimit.mjs';
import { startPushService } from '../../server/push/service.mjs';
import { openSqliteStore } from '../../server/push/sqliteStore.mjs';
import { startMockPushService, subscriberKeys } from './support/mockPushService.mjs';
import { makeSelfSignedCert } from './support/selfSignedCert.mjs';

const keys = subscriberKeys('api');
const ENDPOINT = 'https://127.0.0.1:9/push/api';
const SECRET = Buffer.alloc(32, 1).toString('base64url');
let dir;
let root;
const closers = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aftercare-api-'));
  root = join(dir, 'dist');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Aftercare</title>');
});
afterEach(async () => {
  while (closers.length) await closers.pop()();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function serve(push) {
  const { server, url } = await listen(createAppServer({ root, push }), 0);
  closers.push(() => new Promise((done) => {
    server.close(done);
    server.closeAllConnections();
  }));
  return url;
}

async function apiServer({ testMode = true, capacity = 1000, store: givenStore, log = { error() {} }, ...caps } = {}) {
  const store = givenStore ?? openSqliteStore({ file: join(mkdtempSync(join(dir, 'db-')), 'push.sqlite') });
  if (!givenStore) closers.push(async () => store.close());
  const api = createPushApi({ store, vapidPublicKey: 'BPUBLIC', testMode, rateLimiter: createRateLimiter({ capacity }), log, ...caps });
  return { url: await serve(api), store };
}

function syncBody(overrides = {}) {
  const now = Date.now();
  return {
    subscription: { endpoint: ENDPOINT, expirationTime: null, keys: { p256dh: keys.p256dh, auth: keys.auth } },
    ownerSecret: SECRET,
    timeZone: 'Europe/London',
    reminders: [
      { id: 'water-1', at: now + 60_000, kind: 'water' },
      { id: 'appt-1', at: now + 86_400_000, kind: 'appointment' },
    ],
    ...overrides,
  };
}
const json = (method, body) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('push API over HTTP', () => {
  it('serves the VAPID public key as JSON, with the security headers and no caching', async () => {
    const { url } = await apiServer();
    const res = await fetch(`${url}/api/push/vapid-public-key`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ publicKey: 'BPUBLIC' });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('stores a sync, is idempotent, and deletes on DELETE', async () => {
    const { url, store } = await apiServer();
    const body = syncBody();
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${url}/api/push/subscription`, json('PUT', body));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ scheduled: 2 });
    }
    expect(await store.counts()).toMatchObject({ due: 2, subscriptions: 1 });
    const gone = await fetch(`${url}/api/push/subscription`, json('DELETE', { endpoint: ENDPOINT, ownerSecret: SECRET }));
    expect(gone.status).toBe(204);
    expect(await store.counts()).toMatchObject({ due: 0, subscriptions: 0 });
    expect((await fetch(`${url}/api/push/subscription`, json('DELETE', { endpoint: ENDPOINT, ownerSecret: SECRET }))).status).toBe(204);
  });

  it('answers 400 with a plain message for invalid JSON and invalid fields', async () => {
    const { url } = await apiServer();
    const bad = await fetch(`${url}/api/push/subscription`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"subscription":' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'The body is not valid JSON' });
    const invalid = await fetch(`${url}/api/push/subscription`, json('PUT', syncBody({ reminders: [{ id: 'x', at: 1, kind: 'water' }] })));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: 'reminders[0].at is out of range' });
    const latin1 = await fetch(`${url}/api/push/subscription`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: Buffer.from([0x7b, 0xff, 0x7d]) });
    expect(await latin1.json()).toEqual({ error: 'The body is not valid UTF-8' });
    const del = await fetch(`${url}/api/push/subscription`, json('DELETE', { endpoint: ENDPOINT, ownerSecret: SECRET, everything: true }));
    expect(del.status).toBe(400);
  });

  it('refuses loopback endpoints outside test mode', async () => {
    const { url } = await apiServer({ testMode: false });
    const res = await fetch(`${url}/api/push/subscription`, json('PUT', syncBody()));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'subscription.endpoint must use the default https port' });
  });

  it('answers 415 to anything but JSON', async () => {
    const { url } = await apiServer();
    for (const headers of [{ 'Content-Type': 'text/plain' }, { 'Content-Type': 'application/json; charset=latin1' }, {}, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }]) {
      const res = await fetch(`${url}/api/push/subscription`, { method: 'PUT', headers, body: JSON.stringify(syncBody()) });
      expect(res.status).toBe(415);
      expect((await res.json()).error).toBeTypeOf('string');
    }
    const ok = await fetch(`${url}/api/push/subscription`, { method: 'PUT', headers: { 'Content-Type': 'Application/JSON; charset="UTF-8"' }, body: JSON.stringify(syncBody()) });
    expect(ok.status).toBe(200);
  });

  it('answers 413 over 64 KB, declared or streamed', async () => {
    const { url } = await apiServer();
    const big = JSON.stringify({ ...syncBody(), pad: 'x'.repeat(70 * 1024) });
    const declared = await fetch(`${url}/api/push/subscription`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    const streamed = await new Promise((done, fail) => {
      const req = request(`${url}/api/push/subscription`, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c)).on('end', () => done({ status: res.statusCode, text }));
      });
      req.on('error', fail);
      for (let i = 0; i < 20; i++) req.write('x'.repeat(4096));
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.text).error).toMatch(/larger than 64 KB/);
  });

  it('rate-limits per client with 429 and Retry-After', async () => {
    const { url } = await apiServer({ capacity: 3 });
    const statuses = [];
    let retryAfter = null;
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${url}/api/push/vapid-public-key`);
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(await res.json()).toEqual({ error: 'Too many requests; try again later' });
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('answers 404 and 405 as JSON for unknown routes and methods', async () => {
    const { url } = await apiServer();
    const missing = await fetch(`${url}/api/push/everything`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Not found' });
    const proto = await fetch(`${url}/api/push/__proto__`);
    expect(proto.status).toBe(404);
    const wrong = await fetch(`${url}/api/push/subscription`, json('POST', syncBody()));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('PUT, DELETE');
    expect((await fetch(`${url}/api/push/vapid-public-key`, { method: 'DELETE' })).headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 500 without a stack trace or the error message, and logs no request data', async () => {
    const lines = [];
    const broken = { async syncSubscription() { throw new Error(`SQLITE_FULL while writing ${ENDPOINT}`); } };
    const { url } = await apiServer({ store: broken, log: { error: (m) => lines.push(m) } });
    const res = await fetch(`${url}/api/push/subscription`, json('PUT', syncBody()));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: 'Internal error' });
    expect(text).not.toMatch(/SQLITE|at |\.mjs/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(ENDPOINT);
    expect(lines[0]).not.toContain('SQLITE_FULL');
  });
});

describe('ownership and caps', () => {
  const STRANGER = Buffer.alloc(32, 2).toString('base64url');
  const put = (url, body) => fetch(`${url}/api/push/subscription`, json('PUT', body));
  const del = (url, body) => fetch(`${url}/api/push/subscription`, json('DELETE', body));

  it('a second client that knows only the endpoint can neither replace nor delete it, and learns nothing', async () => {
    const { url, store } = await apiServer();
    expect((await put(url, syncBody())).status).toBe(200);
    const other = subscriberKeys('intruder');
    const takeover = await put(url, syncBody({ ownerSecret: STRANGER, subscription: { endpoint: ENDPOINT, keys: { p256dh: other.p256dh, auth: other.auth } }, reminders: [] }));
    expect(takeover.status).toBe(403);
    const refusal = await takeover.json();
    expect(refusal).toEqual({ error: 'This push subscription belongs to another device' });
    const erase = await del(url, { endpoint: ENDPOINT, ownerSecret: STRANGER });
    expect(erase.status).toBe(403);
    expect(await erase.json()).toEqual(refusal);
    // Nothing changed: the same keys, the same two reminders.
    expect(await store.counts()).toMatchObject({ due: 2, subscriptions: 1 });
    expect(store.db.prepare('SELECT p256dh FROM subscriptions').get()).toEqual({ p256dh: keys.p256dh });
    // The owner still can, and only the owner hears how many reminders are scheduled.
    expect(await (await put(url, syncBody({ reminders: [] }))).json()).toEqual({ scheduled: 0 });
    expect((await del(url, { endpoint: ENDPOINT, ownerSecret: SECRET })).status).toBe(204);
    expect(await store.counts()).toMatchObject({ subscriptions: 0 });
  });

  it('keeps only a hash of the owner secret', async () => {
    const { url, store } = await apiServer();
    await put(url, syncBody());
    const dump = JSON.stringify(store.db.prepare('SELECT * FROM subscriptions').all());
    expect(dump).not.toContain(SECRET);
    expect(dump).toContain(createHash('sha256').update(SECRET).digest('hex'));
  });

  it('caps new subscriptions per client address per hour with a plain 429', async () => {
    const { url } = await apiServer({ newSubscriptionsPerHour: 2 });
    const endpoint = (n) => ({ ...syncBody().subscription, endpoint: `${ENDPOINT}-${n}` });
    expect((await put(url, syncBody({ subscription: endpoint(1) }))).status).toBe(200);
    expect((await put(url, syncBody({ subscription: endpoint(2) }))).status).toBe(200);
    expect((await put(url, syncBody({ subscription: endpoint(1) }))).status).toBe(200); // a re-sync is not new
    const third = await put(url, syncBody({ subscription: endpoint(3) }));
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('3600');
    expect(await third.json()).toEqual({ error: 'Too many new push subscriptions from this address; try again in an hour' });
  });

  it('caps reminders per subscription (count, stored rows) and their horizon with a plain 4xx', async () => {
    const { url } = await apiServer({ storedRemindersPerSubscription: 3 });
    const at = Date.now() + 60_000;
    const many = Array.from({ length: 501 }, (_, i) => ({ id: `r${i}`, at, kind: 'water' }));
    expect(await (await put(url, syncBody({ reminders: many }))).json()).toEqual({ error: 'reminders may hold at most 500 items' });
    const far = await put(url, syncBody({ reminders: [{ id: 'far', at: Date.now() + 367 * 86_400_000, kind: 'appointment' }] }));
    expect([far.status, await far.json()]).toEqual([400, { error: 'reminders[0].at is out of range' }]);
    const four = await put(url, syncBody({ reminders: many.slice(0, 4) }));
    expect([four.status, await four.json()]).toEqual([422, { error: 'Too many reminders kept for this subscription; try again tomorrow' }]);
  });

  it('a client that disconnects mid-body is not an internal error and is not logged', async () => {
    const lines = [];
    const { url } = await apiServer({ log: { error: (m) => lines.push(m) } });
    await Promise.all(Array.from({ length: 20 }, () => new Promise((done) => {
      const req = request(`${url}/api/push/subscription`, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'Content-Length': 5000 } });
      req.on('error', () => done());
      req.write('{"subscription":');
      setTimeout(() => req.destroy(), 30);
    })));
    await new Promise((settle) => setTimeout(settle, 100));
    expect(lines).toEqual([]);
    expect((await fetch(`${url}/api/push/vapid-public-key`)).status).toBe(200);
  });
});

describe('createAppServer', () => {
  it('without push: the key probe says "no push", the rest of /api/ is a JSON 404, the app and its 405 unchanged', async () => {
    const url = await serve(null);
    const probe = await fetch(`${url}/api/push/vapid-public-key`);
    expect(probe.status).toBe(200);
    expect(await probe.json()).toEqual({ publicKey: null });
    const api = await fetch(`${url}/api/push/subscription`, { method: 'PUT' });
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: 'Push reminders are not enabled on this server' });
    const page = await fetch(`${url}/today`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Aftercare</title>');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${url}/`, { method: 'POST' })).status).toBe(405);
  });

  it('with startPushService: a subscription synced in Spanish is sent Spanish, one synced without a language English', async () => {
    const tls = makeSelfSignedCert();
    const agent = new Agent({ keepAlive: true, ca: tls.cert });
    const dbFile = join(mkdtempSync(join(dir, 'lang-')), 'push.sqlite');
    const push = await startPushService({ dbFile, testMode: true, agent, intervalMs: 20, log: { info() {}, error() {} } });
    const mock = await startMockPushService({ key: tls.key, cert: tls.cert, vapidPublicKey: push.vapidPublicKey });
    closers.push(async () => {
      await push.close();
      agent.destroy();
      await mock.close();
      rmSync(tls.dir, { recursive: true, force: true });
    });
    const url = await serve(push.api);
    const now = Date.now();
    const put = (name, secretByte, extra) => fetch(`${url}/api/push/subscription`, json('PUT', {
      subscription: mock.subscriptionFor(name),
      ownerSecret: Buffer.alloc(32, secretByte).toString('base64url'),
      timeZone: 'Europe/Madrid',
      reminders: [{ id: `${name}-water`, at: now - 1000, kind: 'water' }],
      ...extra,
    }));
    expect((await put('spanish', 2, { lang: 'es' })).status).toBe(200);
    expect((await put('old-client', 3, {})).status).toBe(200);
    await expect.poll(() => mock.received.length, { timeout: 5000 }).toBe(2);
    const byId = Object.fromEntries(mock.received.map((r) => [r.reminderId, r.payload.notification]));
    expect(byId['spanish-water']).toEqual({ title: 'Aftercare', body: 'Es hora de tomar un vaso de agua', lang: 'es', navigate: '/today', tag: 'spanish-water', silent: false });
    expect(byId['old-client-water']).toEqual({ title: 'Aftercare', body: 'Time for a glass of water', lang: 'en', navigate: '/today', tag: 'old-client-water', silent: false });
  });

  it('with startPushService: a synced reminder reaches the push service, and DELETE forgets it', async () => {
    const tls = makeSelfSignedCert();
    const agent = new Agent({ keepAlive: true, ca: tls.cert });
    const dbFile = join(mkdtempSync(join(dir, 'svc-')), 'push.sqlite');
    const quiet = { info() {}, error() {} };
    const push = await startPushService({ dbFile, testMode: true, agent, intervalMs: 20, log: quiet });
    const mock = await startMockPushService({ key: tls.key, cert: tls.cert, vapidPublicKey: push.vapidPublicKey });
    closers.push(async () => {
      await push.close();
      agent.destroy();
      await mock.close();
      rmSync(tls.dir, { recursive: true, force: true });
    });
    const url = await serve(push.api);

    const { publicKey } = await (await fetch(`${url}/api/push/vapid-public-key`)).json();
    expect(publicKey).toBe(push.vapidPublicKey);
    const subscription = mock.subscriptionFor('phone');
    const now = Date.now();
    const res = await fetch(`${url}/api/push/subscription`, json('PUT', {
      subscription,
      ownerSecret: SECRET,
      timeZone: 'Europe/Berlin',
      reminders: [{ id: 'due-now', at: now - 1000, kind: 'water' }, { id: 'tomorrow', at: now + 86_400_000, kind: 'appointment' }],
    }));
    expect(await res.json()).toEqual({ scheduled: 2 });
    await expect.poll(() => mock.received.map((r) => r.reminderId), { timeout: 5000 }).toEqual(['due-now']);
    expect(mock.problems).toEqual([]);

    expect((await fetch(`${url}/api/push/subscription`, json('DELETE', { endpoint: subscription.endpoint, ownerSecret: SECRET }))).status).toBe(204);
    expect(await push.store.counts()).toMatchObject({ subscriptions: 0, due: 0, sent: 0 });
  });

  it('keeps the VAPID keys across restarts', async () => {
    const dbFile = join(mkdtempSync(join(dir, 'keys-')), 'push.sqlite');
    const quiet = { info() {}, error() {} };
    const first = await startPushService({ dbFile, testMode: true, log: quiet });
    await first.close();
    const second = await startPushService({ dbFile, testMode: true, log: quiet });
    await second.close();
    expect(second.vapidPublicKey).toBe(first.vapidPublicKey);
    expect(first.vapidPublicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
  });
});
