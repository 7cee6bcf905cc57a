import { effect } from '@preact/signals-core';
import { now } from './hydration/hydrationSignals';
import { onAnnouncedChange, reloadFromStore } from './data/sync';
import { todayWindow } from './data/todayWindow';
import { refreshPermission } from './reminders/notificationPermission';
import { checkReminders } from './reminders/reminderRuntime';

/**
 * Keeps what the screens show current once today's data is in memory: other tabs' changes, time
 * passing, the tab coming back, and reminders. startApp loads it after Today's data, so the reminder
 * rules it brings are never in the way of that.
 */
export function keepCurrent(): void {
  listenForChanges();
  // Every open re-syncs the push server (subscriptions expire silently), after the reminder check.
  // Only once notifications are allowed is there anything for the push server to do.
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
    void import('./reminders/pushSync').then(({ refreshPushState }) => refreshPushState()).then((state) => (state === 'on' ? checkReminders() : undefined));
  }
  void checkReminders();
  setInterval(() => (now.value = Date.now()), 30_000);
}

/** Keeps this tab in step with others and with time passing while it was hidden. */
function listenForChanges(): void {
  // A new calendar date brings new days into the window of drinks kept in memory.
  let loadedFrom = todayWindow(now.value).fromDay;
  effect(() => {
    const from = todayWindow(now.value).fromDay;
    if (from === loadedFrom) return;
    loadedFrom = from;
    void reloadFromStore().then(() => checkReminders());
  });
  onAnnouncedChange(() => void reloadFromStore().then(() => checkReminders()));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    refreshPermission();
    void reloadFromStore().then(() => checkReminders());
  });
}
