// @ts-check
/**
 * What the server knows about each reminder kind, and nothing more: how long a push service may hold
 * the message, which Topic coalesces it, and the generic text and screen the notification opens.
 * No text here may say anything about the person's health (no massage kind, no scores, no amounts).
 */

/** @typedef {'water' | 'exercise' | 'check-in' | 'appointment'} ReminderKind */

/**
 * @typedef {object} KindRule
 * @property {number} ttlSeconds How long the push service keeps an undelivered message; a reminder older than this is dropped.
 * @property {string} topic RFC 8030 Topic (≤ 32 chars of the URL-safe base64 alphabet): a newer message replaces an undelivered older one.
 * @property {string} body The notification text, generic on purpose.
 * @property {string} navigate The in-app path the notification opens (resolved against the worker's scope).
 */

/** @type {Readonly<Record<ReminderKind, KindRule>>} */
export const REMINDER_KINDS = Object.freeze({
  water: { ttlSeconds: 30 * 60, topic: 'water', body: 'Time for a glass of water', navigate: '/today' },
  exercise: { ttlSeconds: 2 * 3600, topic: 'exercise', body: 'Time for your exercises', navigate: '/exercises' },
  'check-in': { ttlSeconds: 12 * 3600, topic: 'check-in', body: 'Time for a quick check-in', navigate: '/check-in' },
  appointment: { ttlSeconds: 24 * 3600, topic: 'appointment', body: 'Appointment tomorrow', navigate: '/' },
});

/** @type {readonly ReminderKind[]} */
export const KIND_NAMES = /** @type {ReminderKind[]} */ (Object.keys(REMINDER_KINDS));

/**
 * @param {unknown} value
 * @returns {value is ReminderKind}
 */
export function isReminderKind(value) {
  return typeof value === 'string' && Object.hasOwn(REMINDER_KINDS, value);
}
