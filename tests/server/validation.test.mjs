// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseSubscriptionSync, parseUnsubscribe } from '../../server/push/validation.mjs';
import { LONGEST_PLAN_DAYS } from '../../src/contract/reminders.js';
import { subscriberKeys } from './support/mockPushService.mjs';

const NOW = Date.UTC(2026, 10, 22, 9, 0);
const DAY = 86_400_000;
const keys = subscriberKeys('validation');
const SECRET = Buffer.alloc(32, 7).toString('base64url');
const SECRET_HASH = createHash('sha256').update(SECRET).digest('hex');

function body(overrides = {}) {
  return {
    subscription: { endpoint: 'https://fcm.googleapis.com/fcm/send/abc123', expirationTime: null, keys: { p256dh: keys.p256dh, auth: keys.auth } },
    ownerSecret: SECRET,
    timeZone: 'Europe/London',
    reminders: [
      { id: 'water:2026-11-22:1', at: NOW + 3_600_000, kind: 'water' },
      { id: 'exercise_1', at: NOW + 7_200_000, kind: 'exercise' },
      { id: 'check-in-1', at: NOW + DAY, kind: 'check-in' },
      { id: 'APPT-9', at: NOW + 30 * DAY, kind: 'appointment' },
    ],
    ...overrides,
  };
}
const withSubscription = (s) => body({ subscription: { ...body().subscription, ...s } });
const withKeys = (k) => withSubscription({ keys: { ...body().subscription.keys, ...k } });
const withReminder = (r) => body({ reminders: [{ id: 'r1', at: NOW + 60_000, kind: 'water', ...r }] });

function errorOf(input, options = {}) {
  const result = parseSubscriptionSync(input, { now: NOW, ...options });
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('parseSubscriptionSync', () => {
  it('accepts a well-formed sync and returns only the known fields', () => {
    const result = parseSubscriptionSync(body(), { now: NOW });
    expect(result).toEqual({
      ok: true,
      value: {
        subscription: { endpoint: 'https://fcm.googleapis.com/fcm/send/abc123', keys: { p256dh: keys.p256dh, auth: keys.auth } },
        ownerHash: SECRET_HASH,
        timeZone: 'Europe/London',
        lang: 'en',
        reminders: body().reminders,
      },
    });
  });

  it('takes the language the push texts are written in: one the contract speaks, else English, never required', () => {
    const langOf = (input) => {
      const result = parseSubscriptionSync(input, { now: NOW });
      return result.ok ? result.value.lang : result.error;
    };
    for (const lang of ['en', 'es', 'fr', 'de', 'pt-BR']) expect(langOf(body({ lang }))).toBe(lang);
    // An old client sends none; a newer page may speak a language this server does not yet.
    expect(langOf(body())).toBe('en');
    for (const lang of ['', 'xx', 'pt', 'ES', 'en-XA', 'x'.repeat(5000)]) expect(langOf(body({ lang }))).toBe('en');
    for (const lang of [42, null, ['es'], { es: true }]) expect(langOf(body({ lang }))).toBe('lang must be a string');
  });

  it('accepts an empty reminder list (the client has nothing upcoming)', () => {
    expect(parseSubscriptionSync(body({ reminders: [] }), { now: NOW }).ok).toBe(true);
  });

  it('needs a plain object with exactly the known members', () => {
    expect(errorOf(null)).toBe('body must be an object');
    expect(errorOf([])).toBe('body must be an object');
    expect(errorOf('x')).toBe('body must be an object');
    expect(errorOf({ ...body(), massageKind: 'deep-tissue' })).toBe('body has an unexpected member');
    for (const key of ['subscription', 'ownerSecret', 'timeZone', 'reminders']) {
      const input = body();
      delete input[key];
      expect(errorOf(input)).toBe(`body.${key} is required`);
    }
  });

  it('checks the endpoint: a string, not too long, an https URL on a public host', () => {
    expect(errorOf(withSubscription({ endpoint: 42 }))).toMatch(/endpoint must be a non-empty string/);
    expect(errorOf(withSubscription({ endpoint: '' }))).toMatch(/endpoint must be a non-empty string/);
    expect(errorOf(withSubscription({ endpoint: `https://push.example.com/${'a'.repeat(LIMITS.endpointLength)}` }))).toMatch(/too long/);
    expect(errorOf(withSubscription({ endpoint: 'not a url' }))).toMatch(/not a URL/);
    expect(errorOf(withSubscription({ endpoint: 'http://push.example.com/x' }))).toMatch(/https/);
    expect(errorOf(withSubscription({ endpoint: 'https://127.0.0.1/x' }))).toMatch(/public host/);
    expect(errorOf(withSubscription({ endpoint: 'https://push.example.com:8443/x' }))).toMatch(/default https port/);
  });

  it('allows loopback endpoints only in test mode, and never plain http', () => {
    const loopback = withSubscription({ endpoint: 'https://127.0.0.1:9443/push/a' });
    expect(parseSubscriptionSync(loopback, { now: NOW, testMode: true }).ok).toBe(true);
    expect(errorOf(withSubscription({ endpoint: 'http://127.0.0.1:9443/push/a' }), { testMode: true })).toMatch(/https/);
  });

  it('checks subscription members, expirationTime and keys', () => {
    expect(errorOf(body({ subscription: 'x' }))).toBe('subscription must be an object');
    expect(errorOf(withSubscription({ extra: 1 }))).toBe('subscription has an unexpected member');
    expect(errorOf(withSubscription({ expirationTime: 'soon' }))).toMatch(/expirationTime/);
    expect(parseSubscriptionSync(withSubscription({ expirationTime: NOW + DAY }), { now: NOW }).ok).toBe(true);
    const noExpiry = body();
    delete noExpiry.subscription.expirationTime;
    expect(parseSubscriptionSync(noExpiry, { now: NOW }).ok).toBe(true);
    expect(errorOf(withSubscription({ keys: null }))).toBe('subscription.keys must be an object');
    expect(errorOf(withKeys({ extra: 'x' }))).toBe('subscription.keys has an unexpected member');
    expect(errorOf(withSubscription({ keys: { p256dh: keys.p256dh } }))).toBe('subscription.keys.auth is required');
  });

  it('needs p256dh to be a 65-byte P-256 point and auth 16 bytes, both base64url', () => {
    expect(errorOf(withKeys({ p256dh: 'not base64!' }))).toMatch(/p256dh must be base64url/);
    expect(errorOf(withKeys({ p256dh: 7 }))).toMatch(/p256dh must be base64url/);
    expect(errorOf(withKeys({ p256dh: Buffer.alloc(33, 4).toString('base64url') }))).toMatch(/65 bytes/);
    const offCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 0xff)]).toString('base64url');
    expect(errorOf(withKeys({ p256dh: offCurve }))).toMatch(/not a P-256 public key/);
    expect(errorOf(withKeys({ auth: Buffer.alloc(8).toString('base64url') }))).toMatch(/16 bytes/);
    const padded = parseSubscriptionSync(withKeys({ auth: `${keys.auth}==` }), { now: NOW });
    expect(padded.ok && padded.value.subscription.keys.auth).toBe(keys.auth);
  });

  it('needs timeZone to be a real IANA zone name', () => {
    expect(parseSubscriptionSync(body({ timeZone: 'America/Argentina/Buenos_Aires' }), { now: NOW }).ok).toBe(true);
    expect(parseSubscriptionSync(body({ timeZone: 'Etc/GMT+5' }), { now: NOW }).ok).toBe(true);
    expect(errorOf(body({ timeZone: '' }))).toMatch(/timeZone must be a non-empty string/);
    expect(errorOf(body({ timeZone: 'Mars/Olympus_Mons' }))).toBe('timeZone is not an IANA time zone');
    expect(errorOf(body({ timeZone: 'Europe/London; DROP' }))).toBe('timeZone is not an IANA time zone');
    expect(errorOf(body({ timeZone: 'A'.repeat(65) }))).toBe('timeZone is too long');
  });

  it('caps the reminder list at 500 and needs an array', () => {
    const many = Array.from({ length: LIMITS.reminders }, (_, i) => ({ id: `r${i}`, at: NOW + i, kind: 'water' }));
    expect(parseSubscriptionSync(body({ reminders: many }), { now: NOW }).ok).toBe(true);
    expect(errorOf(body({ reminders: [...many, { id: 'one-more', at: NOW, kind: 'water' }] }))).toMatch(/at most 500/);
    expect(errorOf(body({ reminders: {} }))).toBe('reminders must be an array');
  });

  it('checks each reminder: exact members, id charset/length/uniqueness, integer at in range, known kind', () => {
    expect(errorOf(body({ reminders: [5] }))).toBe('reminders[0] must be an object');
    expect(errorOf(withReminder({ note: 'sore back' }))).toBe('reminders[0] has an unexpected member');
    expect(errorOf(body({ reminders: [{ id: 'a', kind: 'water' }] }))).toBe('reminders[0].at is required');
    expect(errorOf(withReminder({ id: '' }))).toMatch(/id must be a non-empty string/);
    expect(errorOf(withReminder({ id: 'a'.repeat(101) }))).toBe('reminders[0].id is too long');
    expect(parseSubscriptionSync(withReminder({ id: 'a'.repeat(100) }), { now: NOW }).ok).toBe(true);
    for (const bad of ['a b', 'a/b', 'ä', 'a.b', '<script>']) expect(errorOf(withReminder({ id: bad }))).toMatch(/may only use/);
    const twice = body({ reminders: [{ id: 'x', at: NOW, kind: 'water' }, { id: 'x', at: NOW + 1, kind: 'water' }] });
    expect(errorOf(twice)).toBe('reminders[1].id repeats an earlier id');
    expect(errorOf(withReminder({ at: '2026-11-22' }))).toMatch(/integer/);
    expect(errorOf(withReminder({ at: NOW + 0.5 }))).toMatch(/integer/);
    expect(errorOf(withReminder({ at: Number.MAX_VALUE }))).toMatch(/integer/);
    expect(errorOf(withReminder({ kind: 'massage' }))).toMatch(/kind must be one of water, exercise, check-in, appointment/);
  });

  it('accepts `at` from one day ago to the longest plan ahead (366 days), inclusive, and nothing outside', () => {
    // Was 400 days: issue 11 caps the horizon at the longest plan the app can make (contract).
    expect(LONGEST_PLAN_DAYS).toBe(366);
    expect(parseSubscriptionSync(withReminder({ at: NOW - DAY }), { now: NOW }).ok).toBe(true);
    expect(parseSubscriptionSync(withReminder({ at: NOW + 366 * DAY }), { now: NOW }).ok).toBe(true);
    expect(errorOf(withReminder({ at: NOW - DAY - 1 }))).toBe('reminders[0].at is out of range');
    expect(errorOf(withReminder({ at: NOW + 366 * DAY + 1 }))).toBe('reminders[0].at is out of range');
    expect(errorOf(withReminder({ at: NOW + 400 * DAY }))).toBe('reminders[0].at is out of range');
  });

  it('never echoes the offending value back', () => {
    const secret = 'my-sciatica-is-worse';
    const messages = [
      errorOf(withReminder({ kind: secret })),
      errorOf(body({ timeZone: secret })),
      errorOf(withSubscription({ endpoint: `https://10.0.0.1/${secret}` })),
    ];
    for (const message of messages) expect(message).not.toContain(secret);
  });
});

describe('parseUnsubscribe', () => {
  it('accepts { endpoint, ownerSecret } only', () => {
    expect(parseUnsubscribe({ endpoint: 'https://push.example.com/x', ownerSecret: SECRET })).toEqual({ ok: true, value: { endpoint: 'https://push.example.com/x', ownerHash: SECRET_HASH } });
    expect(parseUnsubscribe({ ownerSecret: SECRET })).toEqual({ ok: false, error: 'body.endpoint is required' });
    expect(parseUnsubscribe({ endpoint: 'x', ownerSecret: SECRET, all: true })).toEqual({ ok: false, error: 'body has an unexpected member' });
    expect(parseUnsubscribe({ endpoint: 3, ownerSecret: SECRET })).toEqual({ ok: false, error: 'endpoint must be a non-empty string' });
    expect(parseUnsubscribe({ endpoint: 'x'.repeat(2049), ownerSecret: SECRET })).toEqual({ ok: false, error: 'endpoint is too long' });
    expect(parseUnsubscribe([])).toEqual({ ok: false, error: 'body must be an object' });
  });

  it('needs the owner secret: 32 bytes of base64url', () => {
    expect(parseUnsubscribe({ endpoint: 'x' })).toEqual({ ok: false, error: 'body.ownerSecret is required' });
    expect(parseUnsubscribe({ endpoint: 'x', ownerSecret: 'short' })).toEqual({ ok: false, error: 'ownerSecret must decode to 32 bytes' });
    expect(parseUnsubscribe({ endpoint: 'x', ownerSecret: 'not base64!' })).toEqual({ ok: false, error: 'ownerSecret must be base64url' });
    expect(errorOf(body({ ownerSecret: 42 }))).toBe('ownerSecret must be base64url');
  });
});
