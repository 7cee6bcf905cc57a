/**
 * Reads a push message in the declarative Web Push JSON form ({"web_push":8030,"notification":…}).
 * Whatever arrives, the worker must show something: a broken payload becomes a generic reminder.
 */
export interface PushNotice {
  title: string;
  body: string;
  tag?: string;
  url: string;
  kind?: string;
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
      tag: text(n.tag, 140),
      url: safePath(n.navigate),
      kind: text(data.kind, 20),
    };
  } catch {
    return FALLBACK;
  }
}
