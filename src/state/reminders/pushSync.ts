/**
 * The push road: when the app is closed, the optional reminder server sends each reminder. The
 * server gets only ids, times and kinds (never health details), and is re-synced on every open,
 * because subscriptions expire silently (iOS above all). Without a server this road says so.
 */
import type { AppReminder } from '../../domain/reminders';
import { pushState, type PushState } from './pushState';
import { deviceTimeZone } from '../deviceTimeZone';

export { pushState, type PushState };

const API = '/api/push';
/** A push service that can't be reached leaves subscribe() pending forever; don't wait on it. */
export const SUBSCRIBE_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

async function pushManager(): Promise<PushManager | undefined> {
  if (!('serviceWorker' in navigator) || typeof PushManager === 'undefined') return undefined;
  const registration = await navigator.serviceWorker.getRegistration();
  return registration?.pushManager;
}

async function serverKey(): Promise<string | undefined> {
  const response = await withTimeout(fetch(`${API}/vapid-public-key`), 5_000).catch(() => undefined);
  if (!response?.ok) return undefined;
  return ((await response.json()) as { publicKey?: string }).publicKey;
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

/** Works out which state this road is in; called on every open. */
export async function refreshPushState(): Promise<PushState> {
  const manager = await pushManager();
  if (!manager) return (pushState.value = 'unsupported');
  if (!(await serverKey())) return (pushState.value = 'no-server');
  const existing = await withTimeout(manager.getSubscription(), 3_000).catch(() => null);
  return (pushState.value = existing ? 'on' : 'off');
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
  pushState.value = 'on';
  await syncPush(upcoming);
  return pushState.value;
}

/** Sends the subscription and the upcoming reminders; the server replaces what it had. */
export async function syncPush(upcoming: AppReminder[], now = Date.now()): Promise<void> {
  const manager = await pushManager();
  const subscription = manager && (await withTimeout(manager.getSubscription(), 3_000).catch(() => null));
  if (!subscription) return;
  const reminders = upcoming
    .filter((r) => r.at > now)
    .slice(0, 500)
    .map(({ id, at, kind }) => ({ id, at, kind }));
  const body = { subscription: subscriptionBody(subscription), timeZone: deviceTimeZone(), reminders };
  const response = await fetch(`${API}/subscription`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).catch(() => undefined);
  if (response?.status === 404 || response?.status === 410) pushState.value = 'no-server';
}

/** "Delete all my data": the server forgets the subscription and its reminders; the browser unsubscribes. */
export async function forgetPush(): Promise<void> {
  const manager = await pushManager();
  const subscription = manager && (await withTimeout(manager.getSubscription(), 3_000).catch(() => null));
  if (!subscription) return;
  await fetch(`${API}/subscription`, { method: 'DELETE', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ endpoint: subscription.endpoint }) }).catch(() => undefined);
  await subscription.unsubscribe().catch(() => false);
}
