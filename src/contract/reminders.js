// @ts-check
/**
 * The reminder contract: what the page, the service worker and the push server must agree on, in
 * one place. Plain JavaScript with JSDoc types, so Node (server/) imports it as it is and TypeScript
 * (src/) reads the same types through allowJs; no DOM, no Node, no imports.
 *
 * - Kinds, and per kind: the notification title the page shows, the generic text a push carries,
 *   the screen a tap opens, and what the push server needs (TTL, Topic).
 * - Ids: one format on every road (page timer, push, calendar), so a notification's `tag` is the
 *   reminder's id and no road can show a reminder another road already showed.
 * - Limits the server enforces and the client respects before it asks.
 * - Notification actions and options, and the channel open pages listen on for changes.
 *
 * No text here may say anything about a person's health: the push server sends it as it is.
 */

/** @typedef {'water' | 'exercise' | 'check-in' | 'appointment'} ReminderKind */

/**
 * @typedef {object} KindRule
 * @property {string} title The notification title on the device (page and worker).
 * @property {string} pushText The generic text a push message carries (it cannot know the details).
 * @property {string} url The in-app path a tap opens.
 * @property {number} ttlSeconds How long a push service keeps it undelivered; later than this it is dropped.
 * @property {string} topic RFC 8030 Topic (≤ 32 URL-safe base64 characters): a newer message replaces an undelivered older one.
 * @property {boolean} loggable "Log a glass" applies.
 */

/** @type {Readonly<Record<ReminderKind, Readonly<KindRule>>>} */
export const KIND_RULES = Object.freeze({
  water: Object.freeze({ title: 'Time for a glass of water', pushText: 'Time for a glass of water', url: '/today', ttlSeconds: 30 * 60, topic: 'water', loggable: true }),
  exercise: Object.freeze({ title: 'Time for your home exercises', pushText: 'Time for your exercises', url: '/exercises', ttlSeconds: 2 * 3600, topic: 'exercise', loggable: false }),
  'check-in': Object.freeze({ title: 'Time for a quick check-in', pushText: 'Time for a quick check-in', url: '/check-in', ttlSeconds: 12 * 3600, topic: 'check-in', loggable: false }),
  appointment: Object.freeze({ title: 'Appointment tomorrow', pushText: 'Appointment tomorrow', url: '/', ttlSeconds: 24 * 3600, topic: 'appointment', loggable: false }),
});

/** @type {readonly ReminderKind[]} */
export const REMINDER_KINDS = Object.freeze(/** @type {ReminderKind[]} */ (Object.keys(KIND_RULES)));

/**
 * @param {unknown} value
 * @returns {value is ReminderKind}
 */
export function isReminderKind(value) {
  return typeof value === 'string' && Object.hasOwn(KIND_RULES, value);
}

const DAY_MS = 86_400_000;

/**
 * The longest plan the app can make: an appointment up to 366 days ahead (CARE_PLAN_LIMITS in
 * src/domain/limits/limits.ts reads it from here), reminded the day before. Exercises (180 days at most)
 * and weekly check-ins end sooner.
 */
export const LONGEST_PLAN_DAYS = 366;

export const REMINDER_LIMITS = Object.freeze({
  /** Reminders one sync may carry; the client sends the soonest this many. */
  perSync: 500,
  idLength: 100,
  /** How far ahead a reminder may be: the longest plan, no further. */
  horizonMs: LONGEST_PLAN_DAYS * DAY_MS,
  /** How far behind: a device whose clock runs a little fast still syncs. */
  pastMs: DAY_MS,
});

/** What every reminder id looks like: short, and only characters a URL, a tag and a log can carry. */
export const REMINDER_ID_PATTERN = /^[A-Za-z0-9:_-]{1,100}$/;

/**
 * @param {unknown} value
 * @returns {value is string}
 */
export function isReminderId(value) {
  return typeof value === 'string' && REMINDER_ID_PATTERN.test(value);
}

/** The ids each road gives a reminder; the owner is a session id or a care plan id, or the moment a day's own water reminders were asked for. */
export const reminderIds = Object.freeze({
  /** @param {string} sessionId @param {number} index glass index, from 0 */
  water: (sessionId, index) => `${sessionId}:water:${index}`,
  /**
   * Water reminders asked for on a day without a session: named by the moment they were asked for,
   * so asking again after turning them off never reuses an id already shown.
   * @param {number} askedAt epoch ms @param {number} index from 0
   */
  everydayWater: (askedAt, index) => `everyday-${askedAt}:water:${index}`,
  /** @param {string} carePlanId @param {string} isoDate @param {number} round from 1 */
  exercise: (carePlanId, isoDate, round) => `${carePlanId}:exercise:${isoDate}:${round}`,
  /** @param {string} carePlanId @param {string} which baseline, after-24h, after-48h, week-N */
  checkIn: (carePlanId, which) => `${carePlanId}:check-in:${which}`,
  /** @param {string} carePlanId @param {number} appointmentAt epoch ms */
  appointment: (carePlanId, appointmentAt) => `${carePlanId}:appointment:${appointmentAt}`,
});

export const SNOOZE_MS = 15 * 60_000;
const SNOOZED = ':snoozed:';

/**
 * A snoozed reminder comes back under an id of its own. Snoozing it again snoozes the original, so
 * an id never grows past one suffix however often the button is pressed.
 * @param {string} reminderId the notification's tag
 * @param {number} now epoch ms
 * @returns {{ id: string, reminderId: string, at: number }}
 */
export function snoozeOf(reminderId, now) {
  const original = originalReminderId(reminderId);
  return { id: `${original}${SNOOZED}${now}`, reminderId: original, at: now + SNOOZE_MS };
}

/** The reminder a (possibly snoozed) id stands for. @param {string} id */
export function originalReminderId(id) {
  const at = id.indexOf(SNOOZED);
  return at === -1 ? id : id.slice(0, at);
}

/** @typedef {{ action: 'log-glass' | 'snooze', title: string }} NotificationAction */

/**
 * The buttons a reminder's notification carries, whichever road shows it. Every kind can be
 * snoozed; water can also be logged from the notification.
 * @param {ReminderKind} kind
 * @returns {NotificationAction[]}
 */
export function notificationActions(kind) {
  /** @type {NotificationAction[]} */
  const snooze = [{ action: 'snooze', title: `Snooze ${SNOOZE_MS / 60_000} min` }];
  return KIND_RULES[kind].loggable ? [{ action: 'log-glass', title: 'Log a glass' }, ...snooze] : snooze;
}

export const NOTIFICATION_ICON = '/icons/icon-192.png';

/**
 * @typedef {object} ReminderNotification What showNotification needs, the same from page and worker.
 * @property {string} tag
 * @property {string} body
 * @property {string} icon
 * @property {string} badge
 * @property {{ url: string, reminderId: string, kind: ReminderKind }} data
 * @property {NotificationAction[]} actions
 */

/**
 * @param {{ id: string, kind: ReminderKind, body: string, url?: string }} reminder
 * @returns {ReminderNotification}
 */
export function notificationOptions({ id, kind, body, url = KIND_RULES[kind].url }) {
  return {
    tag: id,
    body,
    icon: NOTIFICATION_ICON,
    badge: NOTIFICATION_ICON,
    data: { url, reminderId: id, kind },
    actions: notificationActions(kind),
  };
}

/** The title a push message carries (the kind is in its body text and data). */
export const PUSH_TITLE = 'Aftercare';

/** BroadcastChannel on which the worker and every open page say "storage changed". */
export const CHANGES_CHANNEL = 'aftercare-changes';
