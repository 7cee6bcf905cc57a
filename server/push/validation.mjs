// @ts-check
/**
 * Schema checks for every body the push API accepts. Strict on purpose: unknown members are
 * refused, so a client cannot park health details on our server by accident, and error messages
 * name the field but never echo the value back.
 */
import { createHash, ECDH } from 'node:crypto';
import { endpointProblem } from './endpointPolicy.mjs';
import { isReminderId, isReminderKind, REMINDER_KINDS, REMINDER_LIMITS, reminderLanguage } from '../../src/contract/reminders.js';
import { TIME_ZONE_NAME_MAX_CHARS } from '../../src/contract/timeZoneName.js';

/** The reminder limits come from the contract the client shares; the rest are the server's own. */
export const LIMITS = Object.freeze({
  bodyBytes: 64 * 1024,
  reminders: REMINDER_LIMITS.perSync,
  idLength: REMINDER_LIMITS.idLength,
  endpointLength: 2048,
  timeZoneLength: TIME_ZONE_NAME_MAX_CHARS,
  pastMs: REMINDER_LIMITS.pastMs,
  futureMs: REMINDER_LIMITS.horizonMs,
});

const OWNER_SECRET_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const TIME_ZONE_PATTERN = /^[A-Za-z0-9_+\-/]+$/;

/**
 * @template T
 * @typedef {{ ok: true, value: T } | { ok: false, error: string }} Parsed
 */

/**
 * @param {unknown} body
 * @param {{ now: number, testMode?: boolean }} options
 * @returns {Parsed<import('./store.mjs').SubscriptionSync>}
 */
export function parseSubscriptionSync(body, { now, testMode = false }) {
  return parsed(() => {
    // `lang` is optional: clients from before languages sync without it.
    const input = record(body, 'body', ['subscription', 'ownerSecret', 'timeZone', 'lang', 'reminders'], ['lang']);
    return {
      subscription: parseSubscription(input.subscription, testMode),
      ownerHash: parseOwnerSecret(input.ownerSecret),
      timeZone: parseTimeZone(input.timeZone),
      lang: parseLanguage(input.lang),
      reminders: parseReminders(input.reminders, now),
    };
  });
}

/**
 * @param {unknown} body
 * @returns {Parsed<{ endpoint: string, ownerHash: string }>}
 */
export function parseUnsubscribe(body) {
  return parsed(() => {
    const input = record(body, 'body', ['endpoint', 'ownerSecret']);
    return { endpoint: text(input.endpoint, 'endpoint', LIMITS.endpointLength), ownerHash: parseOwnerSecret(input.ownerSecret) };
  });
}

/**
 * Runs a parser; a refusal becomes `{ ok: false, error }` with its plain message, anything else is a bug and throws.
 * @template T
 * @param {() => T} parse
 * @returns {Parsed<T>}
 */
function parsed(parse) {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof InvalidInput) return { ok: false, error: error.message };
    throw error;
  }
}

class InvalidInput extends Error {}

/**
 * A plain object whose members are all in `allowed` (and, unless listed in `optional`, present).
 * @param {unknown} value
 * @param {string} name
 * @param {string[]} allowed
 * @param {string[]} [optional]
 * @returns {Record<string, unknown>}
 */
function record(value, name, allowed, optional = []) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidInput(`${name} must be an object`);
  const object = /** @type {Record<string, unknown>} */ (value);
  const unknown = Object.keys(object).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw new InvalidInput(`${name} has an unexpected member`);
  const missing = allowed.find((key) => !optional.includes(key) && !Object.hasOwn(object, key));
  if (missing !== undefined) throw new InvalidInput(`${name}.${missing} is required`);
  return object;
}

/**
 * @param {unknown} value
 * @param {string} name
 * @param {number} maxLength
 */
function text(value, name, maxLength) {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidInput(`${name} must be a non-empty string`);
  if (value.length > maxLength) throw new InvalidInput(`${name} is too long`);
  return value;
}

/**
 * @param {unknown} value
 * @param {boolean} testMode
 * @returns {import('./store.mjs').PushSubscriptionKeys}
 */
function parseSubscription(value, testMode) {
  const input = record(value, 'subscription', ['endpoint', 'keys', 'expirationTime'], ['expirationTime']);
  const endpoint = text(input.endpoint, 'subscription.endpoint', LIMITS.endpointLength);
  const problem = endpointProblem(endpoint, { testMode });
  if (problem) throw new InvalidInput(problem);
  const { expirationTime } = input;
  if (expirationTime !== undefined && expirationTime !== null && !Number.isFinite(expirationTime)) {
    throw new InvalidInput('subscription.expirationTime must be a number or null');
  }
  const keys = record(input.keys, 'subscription.keys', ['p256dh', 'auth']);
  const p256dh = base64url(keys.p256dh, 'subscription.keys.p256dh', 65);
  const auth = base64url(keys.auth, 'subscription.keys.auth', 16);
  if (!isCurvePoint(p256dh)) throw new InvalidInput('subscription.keys.p256dh is not a P-256 public key');
  return { endpoint, keys: { p256dh, auth } };
}

/**
 * @param {unknown} value
 * @param {string} name
 * @param {number} bytes the decoded length it must have
 */
function base64url(value, name, bytes) {
  if (typeof value !== 'string' || value.length > 200 || !BASE64URL.test(value)) {
    throw new InvalidInput(`${name} must be base64url`);
  }
  if (Buffer.from(value, 'base64url').length !== bytes) throw new InvalidInput(`${name} must decode to ${bytes} bytes`);
  return value.replace(/=+$/, '');
}

/**
 * The owner's proof: 32 random bytes the browser made once (base64url). Only its SHA-256 is kept,
 * so a copy of the database cannot be replayed against the API.
 * @param {unknown} value
 * @returns {string} the hash, hex
 */
function parseOwnerSecret(value) {
  const secret = base64url(value, 'ownerSecret', OWNER_SECRET_BYTES);
  return createHash('sha256').update(secret).digest('hex');
}

/** An uncompressed point on P-256; web-push would otherwise throw at send time, far from the cause. */
function isCurvePoint(/** @type {string} */ p256dh) {
  try {
    // Decoding the point is what fails for one off the curve.
    ECDH.convertKey(Buffer.from(p256dh, 'base64url'), 'prime256v1', undefined, undefined, 'compressed');
    return true;
  } catch {
    return false;
  }
}

/** @type {Set<string>} */
const knownZones = new Set();

/** @param {unknown} value */
function parseTimeZone(value) {
  const zone = text(value, 'timeZone', LIMITS.timeZoneLength);
  if (knownZones.has(zone)) return zone;
  if (!TIME_ZONE_PATTERN.test(zone)) throw new InvalidInput('timeZone is not an IANA time zone');
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new InvalidInput('timeZone is not an IANA time zone');
  }
  if (knownZones.size < 1000) knownZones.add(zone);
  return zone;
}

/**
 * The language the push texts are written in: one the contract speaks, else English. Only a code
 * we know is ever stored, so nothing else can be parked here; an unknown one (a language a newer
 * page speaks before this server does) is not worth refusing the reminders over.
 * @param {unknown} value
 * @returns {import('../../src/contract/reminders.js').ReminderLanguage}
 */
function parseLanguage(value) {
  if (value !== undefined && typeof value !== 'string') throw new InvalidInput('lang must be a string');
  return reminderLanguage(value);
}

/**
 * @param {unknown} value
 * @param {number} now
 * @returns {import('./store.mjs').ReminderInput[]}
 */
function parseReminders(value, now) {
  if (!Array.isArray(value)) throw new InvalidInput('reminders must be an array');
  if (value.length > LIMITS.reminders) throw new InvalidInput(`reminders may hold at most ${LIMITS.reminders} items`);
  const seen = new Set();
  return value.map((item, i) => {
    const name = `reminders[${i}]`;
    const input = record(item, name, ['id', 'at', 'kind']);
    const id = text(input.id, `${name}.id`, LIMITS.idLength);
    if (!isReminderId(id)) throw new InvalidInput(`${name}.id may only use A-Z, a-z, 0-9, ':', '_' and '-'`);
    if (seen.has(id)) throw new InvalidInput(`${name}.id repeats an earlier id`);
    seen.add(id);
    const { at, kind } = input;
    if (typeof at !== 'number' || !Number.isSafeInteger(at)) throw new InvalidInput(`${name}.at must be an integer (epoch ms)`);
    if (at < now - LIMITS.pastMs || at > now + LIMITS.futureMs) throw new InvalidInput(`${name}.at is out of range`);
    if (!isReminderKind(kind)) throw new InvalidInput(`${name}.kind must be one of ${REMINDER_KINDS.join(', ')}`);
    return { id, at, kind };
  });
}
