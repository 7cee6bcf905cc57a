import { openIdbStore } from '../storage/idbStore';
import { now } from './hydration/hydrationSignals';
import { openStore, reloadRequired } from './data/storeState';
import { checkReminders } from './reminders/reminderRuntime';
import { listenForChanges, reloadFromStore } from './data/sync';

/**
 * Opens storage, loads what the screens show and keeps it current. `early` is a database connection
 * main.tsx asked for before this code loaded, if it got one.
 */
export async function startApp(early?: Promise<IDBDatabase | undefined>): Promise<void> {
  await openStore(() => openIdbStore(() => (reloadRequired.value = true), early));
  await reloadFromStore();
  // Read by `npm run bench`: app start (marked in main.tsx) to today's data in memory.
  performance.measure('aftercare:today-ready', 'aftercare:start');
  listenForChanges();
  // Every open re-syncs the push server (subscriptions expire silently), after the reminder check.
  // Only once notifications are allowed is there anything for the push server to do.
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
    void import('./reminders/pushSync').then(({ refreshPushState }) => refreshPushState()).then((state) => (state === 'on' ? checkReminders() : undefined));
  }
  void checkReminders();
  setInterval(() => (now.value = Date.now()), 30_000);
}
