/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CHANGES_CHANNEL, NOTIFICATION_ICON, notificationOptions } from './contract/reminders.js';
import { openWorkerDatabase } from './storage/workerDatabase';
import { logGlassOfWater } from './storage/repos/glassAction';
import { snoozeReminder } from './storage/repos/quickActions';
import { readPushPayload } from './sw/pushPayload';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// Everything the app needs is precached at install, so it works offline after the first visit.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every in-app path is the same single page; the app routes itself.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

// The page asks before reloading (src/app/swBridge.ts); only then does the new worker take over.
self.addEventListener('message', (event) => {
  if (event.data && (event.data as { type?: string }).type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// A push always shows a notification (browsers penalise silent pushes), tagged with the reminder's
// id so the page's timer and the push server can never both show it, and with the same buttons the
// page gives that kind (Snooze for every kind), in the language the server wrote it in: one contract.
self.addEventListener('push', (event) => {
  const notice = readPushPayload(event.data?.text());
  const options: NotificationOptions = notice.tag && notice.kind
    ? notificationOptions({ id: notice.tag, kind: notice.kind, body: notice.body, url: notice.url, lang: notice.lang })
    : { body: notice.body, lang: notice.lang, icon: NOTIFICATION_ICON, badge: NOTIFICATION_ICON, data: { url: notice.url } };
  event.waitUntil(self.registration.showNotification(notice.title, options));
});

/** Tells open pages that storage changed, so they show the same numbers. */
function announceChange(): void {
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

async function openScreen(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const existing = windows[0];
  if (existing) {
    await existing.focus();
    await existing.navigate(url).catch(() => undefined);
    return;
  }
  await self.clients.openWindow(url);
}

/** Keeps the worker alive for `work`; a test's synthetic event can't be extended, but the work still runs. */
function keepAlive(event: ExtendableEvent, work: Promise<void>): void {
  try {
    event.waitUntil(work);
  } catch {
    void work;
  }
}

self.addEventListener('notificationclick', (event) => {
  const data = (event.notification.data ?? {}) as { url?: string; reminderId?: string };
  event.notification.close();
  const now = Date.now();
  const work = async () => {
    if (event.action === 'log-glass') {
      const db = await openWorkerDatabase();
      await logGlassOfWater(db, now);
      db.close();
      announceChange();
    } else if (event.action === 'snooze' && data.reminderId) {
      const db = await openWorkerDatabase();
      await snoozeReminder(db, data.reminderId, now);
      db.close();
      announceChange();
    } else {
      await openScreen(data.url ?? '/today');
    }
  };
  keepAlive(event, work());
});
