/**
 * Reads a push message in the declarative Web Push JSON form ({"web_push":8030,"notification":…}).
 * Whatever arrives, the worker must show something: a broken payload becomes a generic reminder.
 */
import { isReminderId, isReminderKind, type ReminderKind } from '../contract/reminders.js';

export interface PushNotice {
  title: string;
  body: string;
  /** The reminder's id, when it has the contract's form. */
  tag?: string;
  url: string;
  kind?: ReminderKind;
}


const FALLBACK: PushNotice = { title: 'Aftercare', body: 'You have a reminder from your aftercare plan.', url: '/today' };

/** Only same-origin paths may be opened from a notification. */
function safePath(value: unknown): string {
  return typeof value === 'string' && /^\/[A-Za-z0-9/_-]*$/.test(value) ? value : '/today';
}

const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value.trim() ? value.slice(0, max) : undefined);

export function readPushPayload(raw: string | undefined): PushNotice {
  if (!raw) return FALLBACK;
  try {
    const data = JSON.parse(raw) as { notification?: Record<string, unknown>; kind?: unknown };
    const n = data.notification ?? {};
    return {
      title: text(n.title, 80) ?? FALLBACK.title,
      body: text(n.body, 200) ?? FALLBACK.body,
      tag: isReminderId(n.tag) ? n.tag : undefined,
      url: safePath(n.navigate),
      kind: isReminderKind(data.kind) ? data.kind : undefined,
    };
  } catch {
    return FALLBACK;
  }
}
