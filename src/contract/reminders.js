// @ts-check
/**
 * The reminder contract: what the page, the service worker and the push server must agree on, in
 * one place. Plain JavaScript with JSDoc types, so Node (server/) imports it as it is and TypeScript
 * (src/) reads the same types through allowJs; no DOM, no Node, no imports.
 *
 * - Kinds, and per kind: the screen a tap opens and what the push server needs (TTL, Topic).
 * - Words, per language: the notification title the page shows, the generic text a push carries,
 *   and the buttons. Every text function takes a language code; an unknown or absent one is English.
 *   The page passes the language it is drawn in; the server, the one each subscription synced.
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
 * @property {string} url The in-app path a tap opens.
 * @property {number} ttlSeconds How long a push service keeps it undelivered; later than this it is dropped.
 * @property {string} topic RFC 8030 Topic (≤ 32 URL-safe base64 characters): a newer message replaces an undelivered older one.
 * @property {boolean} loggable "Log a glass" applies.
 */

/** @type {Readonly<Record<ReminderKind, Readonly<KindRule>>>} */
export const KIND_RULES = Object.freeze({
  water: Object.freeze({ url: '/today', ttlSeconds: 30 * 60, topic: 'water', loggable: true }),
  exercise: Object.freeze({ url: '/exercises', ttlSeconds: 2 * 3600, topic: 'exercise', loggable: false }),
  'check-in': Object.freeze({ url: '/check-in', ttlSeconds: 12 * 3600, topic: 'check-in', loggable: false }),
  appointment: Object.freeze({ url: '/', ttlSeconds: 24 * 3600, topic: 'appointment', loggable: false }),
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

/**
 * The languages the reminder words are written in. The same list as LOCALES in
 * src/domain/i18n/locales.ts (a unit test holds them equal); the server accepts only these.
 * @typedef {'en' | 'es' | 'fr' | 'de' | 'pt-BR'} ReminderLanguage
 */

/** @type {readonly ReminderLanguage[]} */
export const REMINDER_LANGUAGES = Object.freeze(/** @type {ReminderLanguage[]} */ (['en', 'es', 'fr', 'de', 'pt-BR']));

/**
 * @param {unknown} value
 * @returns {value is ReminderLanguage}
 */
export function isReminderLanguage(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (REMINDER_LANGUAGES).includes(value);
}

/**
 * The language to write a reminder in: `value` when we speak it, else English (an old client that
 * sends none, a language added on the page before the server knows it, the test pseudo-locale).
 * @param {unknown} value
 * @returns {ReminderLanguage}
 */
export function reminderLanguage(value) {
  return isReminderLanguage(value) ? value : 'en';
}

/**
 * @typedef {object} ReminderWords
 * @property {Readonly<Record<ReminderKind, string>>} titles The notification title the page shows.
 * @property {Readonly<Record<ReminderKind, string>>} pushTexts The generic text a push carries (it cannot know the details).
 * @property {string} fallback What a push whose message arrived damaged says.
 * @property {string} logGlass
 * @property {(minutes: number) => string} snooze
 */

/**
 * The title of every push message (the kind is in its body text and data): the app's name, the
 * same in each language today, kept per language so a translation can change it without the server.
 * @type {Readonly<Record<ReminderLanguage, string>>}
 */
export const PUSH_TITLE = Object.freeze({ en: 'Aftercare', es: 'Aftercare', fr: 'Aftercare', de: 'Aftercare', 'pt-BR': 'Aftercare' });

/**
 * Module-private, so not frozen: only the functions below read it.
 * @type {Readonly<Record<ReminderLanguage, ReminderWords>>}
 */
const WORDS = {
  en: {
    titles: { water: 'Time for a glass of water', exercise: 'Time for your home exercises', 'check-in': 'Time for a quick check-in', appointment: 'Appointment tomorrow' },
    pushTexts: { water: 'Time for a glass of water', exercise: 'Time for your exercises', 'check-in': 'Time for a quick check-in', appointment: 'Appointment tomorrow' },
    fallback: 'You have a reminder from your aftercare plan.',
    logGlass: 'Log a glass',
    snooze: (minutes) => `Snooze ${minutes} min`,
  },
  es: {
    titles: { water: 'Es hora de tomar un vaso de agua', exercise: 'Es hora de tus ejercicios en casa', 'check-in': 'Es hora de un control rápido', appointment: 'Tienes cita mañana' },
    pushTexts: { water: 'Es hora de tomar un vaso de agua', exercise: 'Es hora de tus ejercicios', 'check-in': 'Es hora de un control rápido', appointment: 'Tienes cita mañana' },
    fallback: 'Tienes un recordatorio de tu plan de cuidados.',
    logGlass: 'Anotar un vaso',
    snooze: (minutes) => `Posponer ${minutes} min`,
  },
  fr: {
    titles: { water: 'C’est l’heure d’un verre d’eau', exercise: 'C’est l’heure de vos exercices à la maison', 'check-in': 'C’est l’heure d’un petit point de suivi', appointment: 'Rendez-vous demain' },
    pushTexts: { water: 'C’est l’heure d’un verre d’eau', exercise: 'C’est l’heure de vos exercices', 'check-in': 'C’est l’heure d’un petit point de suivi', appointment: 'Rendez-vous demain' },
    fallback: 'Vous avez un rappel de votre plan de soins.',
    logGlass: 'Noter un verre',
    snooze: (minutes) => `Reporter de ${minutes} min`,
  },
  de: {
    titles: { water: 'Zeit für ein Glas Wasser', exercise: 'Zeit für Ihre Übungen zu Hause', 'check-in': 'Zeit für eine kurze Rückmeldung', appointment: 'Morgen ist Ihr Termin' },
    pushTexts: { water: 'Zeit für ein Glas Wasser', exercise: 'Zeit für Ihre Übungen', 'check-in': 'Zeit für eine kurze Rückmeldung', appointment: 'Morgen ist Ihr Termin' },
    fallback: 'Sie haben eine Erinnerung aus Ihrem Nachsorgeplan.',
    logGlass: 'Glas eintragen',
    snooze: (minutes) => `In ${minutes} Min. erinnern`,
  },
  'pt-BR': {
    titles: { water: 'Hora de tomar um copo de água', exercise: 'Hora dos seus exercícios em casa', 'check-in': 'Hora de um check-in rápido', appointment: 'Consulta amanhã' },
    pushTexts: { water: 'Hora de tomar um copo de água', exercise: 'Hora dos seus exercícios', 'check-in': 'Hora de um check-in rápido', appointment: 'Consulta amanhã' },
    fallback: 'Você tem um lembrete do seu plano de cuidados.',
    logGlass: 'Registrar um copo',
    snooze: (minutes) => `Adiar ${minutes} min`,
  },
};

/** @param {string | undefined} lang */
const wordsIn = (lang) => WORDS[reminderLanguage(lang)];

/**
 * The notification title the page (and the service worker) shows for a reminder of `kind`.
 * @param {ReminderKind} kind
 * @param {string} [lang] a language code; unknown or absent is English
 */
export function reminderTitle(kind, lang) {
  return wordsIn(lang).titles[kind];
}

/**
 * The generic text a push message carries for `kind`: nothing the server could not know.
 * @param {ReminderKind} kind
 * @param {string} [lang] a language code; unknown or absent is English
 */
export function reminderText(kind, lang) {
  return wordsIn(lang).pushTexts[kind];
}

/**
 * What the service worker shows for a push message that arrived without its words (damaged).
 * @param {string} [lang] a language code; unknown or absent is English
 * @returns {{ title: string, body: string }}
 */
export function fallbackReminder(lang) {
  return { title: PUSH_TITLE[reminderLanguage(lang)], body: wordsIn(lang).fallback };
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
 * The buttons a reminder's notification carries, whichever road shows it, in `lang`. Every kind
 * can be snoozed; water can also be logged from the notification.
 * @param {ReminderKind} kind
 * @param {string} [lang] a language code; unknown or absent is English
 * @returns {NotificationAction[]}
 */
export function notificationActions(kind, lang) {
  const words = wordsIn(lang);
  /** @type {NotificationAction[]} */
  const snooze = [{ action: 'snooze', title: words.snooze(SNOOZE_MS / 60_000) }];
  return KIND_RULES[kind].loggable ? [{ action: 'log-glass', title: words.logGlass }, ...snooze] : snooze;
}

export const NOTIFICATION_ICON = '/icons/icon-192.png';

/**
 * @typedef {object} ReminderNotification What showNotification needs, the same from page and worker.
 * @property {string} tag
 * @property {string} body
 * @property {string} icon
 * @property {string} badge
 * @property {ReminderLanguage} lang The language of the title, body and buttons (for screen readers).
 * @property {{ url: string, reminderId: string, kind: ReminderKind }} data
 * @property {NotificationAction[]} actions
 */

/**
 * @param {{ id: string, kind: ReminderKind, body: string, url?: string, lang?: string }} reminder
 *   `lang`: the language the title and body are in, so the buttons match; unknown or absent is English.
 * @returns {ReminderNotification}
 */
export function notificationOptions({ id, kind, body, url = KIND_RULES[kind].url, lang }) {
  const language = reminderLanguage(lang);
  return {
    tag: id,
    body,
    icon: NOTIFICATION_ICON,
    badge: NOTIFICATION_ICON,
    lang: language,
    data: { url, reminderId: id, kind },
    actions: notificationActions(kind, language),
  };
}

/** BroadcastChannel on which the worker and every open page say "storage changed". */
export const CHANGES_CHANNEL = 'aftercare-changes';

