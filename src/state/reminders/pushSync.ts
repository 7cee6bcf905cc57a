/**
 * The push road: when the app is closed, the optional reminder server sends each reminder. The
 * server gets only ids, times and kinds (never health details), and the language its generic texts
 * should be in; it is re-synced on every open, because subscriptions expire silently (iOS above all),
 * and on every language switch. Without a server this road says so.
 *
 * Every change carries this browser's owner secret (storage/pushOwnerRepo.ts), so nobody who only
 * knows the endpoint can replace or delete the subscription. Only JSON answers count: a static host
 * that answers /api/push/* with its index.html is a copy without a reminder server, not an error.
 */
import { isReminderId, REMINDER_LIMITS, reminderLanguage } from '../../contract/reminders.js';
import { activeLocale } from '../../domain/i18n';
import type { AppReminder } from '../../domain/reminders';
import { pushRefusal, pushState, type PushRefusal, type PushState } from './pushState';
import { store } from '../data/storeState';
import { deviceTimeZone } from '../deviceTimeZone';

export { pushRefusal, pushState, type PushRefusal, type PushState };

const API = '/api/push';
/** A push service that can't be reached leaves subscribe() pending forever; don't wait on it. */
export const SUBSCRIBE_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

async function pushManager(): Promise<PushManager | undefined> {
  if (!('serviceWorker' in navigator) || typeof PushManager === 'undefined') return undefined;
  const registration = await navigator.serviceWorker.getRegistration();
  return registration?.pushManager;
}

/** The answer's JSON body, or undefined when it is not JSON (an SPA fallback's HTML, say) or is damaged. */
async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** The server's VAPID key: an uncompressed P-256 point, base64url (87 characters). */
async function serverKey(): Promise<string | undefined> {
  const response = await withTimeout(fetch(`${API}/vapid-public-key`), 5_000).catch(() => undefined);
  if (!response?.ok) return undefined;
  const body = (await jsonOf(response)) as { publicKey?: unknown } | undefined;
  const key = body?.publicKey;
  return typeof key === 'string' && /^[A-Za-z0-9_-]{87}$/.test(key) ? key : undefined;
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Exactly the members the server accepts (it refuses anything else). */
function subscriptionBody(subscription: PushSubscription) {
  const json = subscription.toJSON();
  return { endpoint: json.endpoint, keys: { p256dh: json.keys?.p256dh, auth: json.keys?.auth } };
}

/** Works out which state this road is in; called on every open. Never rejects. */
export async function refreshPushState(): Promise<PushState> {
  try {
    const manager = await pushManager();
    if (!manager) return (pushState.value = 'unsupported');
    if (!(await serverKey())) return (pushState.value = 'no-server');
    const existing = await withTimeout(manager.getSubscription(), 3_000).catch(() => null);
    return (pushState.value = existing ? 'on' : 'off');
  } catch {
    return (pushState.value = 'no-server');
  }
}

/** Subscribes (after the user's tap) and sends the upcoming reminders. */
export async function turnOnPush(upcoming: AppReminder[]): Promise<PushState> {
  const manager = await pushManager();
  const key = await serverKey();
  if (!manager || !key) return refreshPushState();
  try {
    await withTimeout(manager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(key) }), SUBSCRIBE_TIMEOUT_MS);
  } catch {
    return (pushState.value = 'unreachable');
  }
  pushRefusal.value = undefined;
  pushState.value = 'on';
  await syncPush(upcoming);
  return pushState.value;
}

/**
 * What the server will accept, chosen before asking: ids of the contract's form, each once, within
 * the horizon, the soonest `perSync`. One odd reminder (from an old backup, say) must not cost the
 * whole list.
 */
export function remindersToSync(upcoming: AppReminder[], now: number): Array<Pick<AppReminder, 'id' | 'at' | 'kind'>> {
  const acceptable = upcoming.filter((r) => r.at > now && r.at <= now + REMINDER_LIMITS.horizonMs && isReminderId(r.id));
  const firstOfEach = [...new Map(acceptable.map((r) => [r.id, r] as const)).values()];
  return firstOfEach
    .sort((a, b) => a.at - b.at)
    .slice(0, REMINDER_LIMITS.perSync)
    .map(({ id, at, kind }) => ({ id, at, kind }));
}

/** Why the server refused a sync, by its answer's status; the screen words it. */
const REFUSALS: Readonly<Record<number, PushRefusal>> = { 400: 'list', 403: 'owner', 422: 'full', 429: 'busy' };

/** Sends the subscription and the upcoming reminders; the server replaces what it had. Never rejects. */
export async function syncPush(upcoming: AppReminder[], now = Date.now()): Promise<void> {
  // Nothing here is worth an unhandled rejection: a failed sync is tried again on the next open.
  await syncOnce(upcoming, now).catch(() => undefined);
}

async function syncOnce(upcoming: AppReminder[], now: number): Promise<void> {
  const manager = await pushManager();
  const subscription = manager && (await withTimeout(manager.getSubscription(), 3_000).catch(() => null));
  if (!subscription) return;
  const body = {
    subscription: subscriptionBody(subscription),
    ownerSecret: await store.value.pushOwnerSecret(),
    timeZone: deviceTimeZone(),
    // A language code is not a health detail; the test pseudo-locale goes as English.
    lang: reminderLanguage(activeLocale()),
    reminders: remindersToSync(upcoming, now),
  };
  const request = fetch(`${API}/subscription`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const response = await withTimeout(request, REQUEST_TIMEOUT_MS).catch(() => undefined);
  if (!response) return; // offline, or the server is down: the next open tries again
  const answer = await jsonOf(response);
  if (response.ok && answer) {
    pushRefusal.value = undefined;
    return;
  }
  const refusal = REFUSALS[response.status];
  if (!refusal || !answer) {
    // Not a reminder server at all (a static host's 404 or its HTML); a fault it reports is left for the next open.
    if (!answer || response.status === 404 || response.status === 405 || response.status === 410) pushState.value = 'no-server';
    return;
  }
  pushRefusal.value = refusal;
  if (response.status === 403) {
    // The server holds this endpoint for another secret (data deleted or restored here): a new
    // subscription, with a new endpoint, is the way back, and it needs the user's tap.
    await subscription.unsubscribe().catch(() => false);
    pushState.value = 'off';
  } else {
    pushState.value = 'refused';
  }
}

/** "Delete all my data": the server forgets the subscription and its reminders; the browser unsubscribes. */
export async function forgetPush(): Promise<void> {
  const manager = await pushManager();
  const subscription = manager && (await withTimeout(manager.getSubscription(), 3_000).catch(() => null));
  if (!subscription) return;
  const body = { endpoint: subscription.endpoint, ownerSecret: await store.value.pushOwnerSecret() };
  const request = fetch(`${API}/subscription`, { method: 'DELETE', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  await withTimeout(request, REQUEST_TIMEOUT_MS).catch(() => undefined);
  await subscription.unsubscribe().catch(() => false);
}
