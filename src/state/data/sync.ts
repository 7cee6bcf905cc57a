import { CHANGES_CHANNEL } from '../../contract/reminders.js';
import { activeCarePlan, checkInAnswers, exerciseChecks } from '../carePlan/carePlanState';
import { loaded, now, recentDrinks, recentSessions, settings } from '../hydration/hydrationSignals';
import { everydayReminders } from '../reminders/everydayReminders';
import { store } from './storeState';
import { withUnsaved } from '../hydration/unsavedDrinks';
import type { TodayData, TodayWindow } from '../../storage/repos/todayRepo';
import { todayWindow } from './todayWindow';

const channel: BroadcastChannel | undefined =
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANGES_CHANNEL);

/** Re-reads everything the screens show from storage: the one source of truth across tabs. */
export async function reloadFromStore(): Promise<void> {
  const window = todayWindow(Date.now());
  showToday(window, await store.value.readToday(window));
}

/** Puts what was read for `window` into the signals the screens show. */
export function showToday(window: TodayWindow, today: TodayData): void {
  activeCarePlan.value = today.carePlan;
  exerciseChecks.value = today.checks;
  checkInAnswers.value = today.checkIns;
  settings.value = today.settings;
  recentSessions.value = today.sessions;
  everydayReminders.value = today.everydayReminders;
  recentDrinks.value = withUnsaved(window.fromDay, window.toDay, today.drinks);
  // What was just read may be due "now" (a check-in due at acceptance, say); the clock signal only
  // ticks every 30 s, so it catches up with every read.
  now.value = Date.now();
  loaded.value = true;
}

/** Tells other open tabs that something changed, so they show the same numbers. */
export function announceChange(): void {
  channel?.postMessage('changed');
}

/** Calls `listener` whenever another tab says something changed. */
export function onAnnouncedChange(listener: () => void): void {
  channel?.addEventListener('message', listener);
}
