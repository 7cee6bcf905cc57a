/**
 * Reads a push message in the declarative Web Push JSON form ({"web_push":8030,"notification":…}).
 * Whatever arrives, the worker must show something: a broken payload becomes a generic reminder,
 * in the message's language when it says one (`notification.lang`), else English.
 */
import { fallbackReminder, isReminderId, isReminderKind, reminderLanguage, type ReminderKind, type ReminderLanguage } from '../contract/reminders.js';

export interface PushNotice {
  title: string;
  body: string;
  /** The language the server wrote the title and body in; the buttons follow it. */
  lang: ReminderLanguage;
  /** The reminder's id, when it has the contract's form. */
  tag?: string;
  url: string;
  kind?: ReminderKind;
}

/** Only same-origin paths may be opened from a notification. */
function safePath(value: unknown): string {
  return typeof value === 'string' && /^\/[A-Za-z0-9/_-]*$/.test(value) ? value : '/today';
}

const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value.trim() ? value.slice(0, max) : undefined);

function fallback(lang: ReminderLanguage): PushNotice {
  return { ...fallbackReminder(lang), lang, url: '/today' };
}

/** What to show for a push message's text, whatever state it arrived in. */
export function readPushPayload(raw: string | undefined): PushNotice {
  if (!raw) return fallback('en');
  try {
    const data = JSON.parse(raw) as { notification?: Record<string, unknown>; kind?: unknown };
    const n = data.notification ?? {};
    const lang = reminderLanguage(n.lang);
    const generic = fallbackReminder(lang);
    return {
      title: text(n.title, 80) ?? generic.title,
      body: text(n.body, 200) ?? generic.body,
      lang,
      tag: isReminderId(n.tag) ? n.tag : undefined,
      url: safePath(n.navigate),
      kind: isReminderKind(data.kind) ? data.kind : undefined,
    };
  } catch {
    return fallback('en');
  }
}
