import { effect } from '@preact/signals-core';
import { PLAN_LOOKBACK_MS } from '../../domain/hydration';
import { localDateKey } from '../../domain/time';
import { CHANGES_CHANNEL } from '../../contract/reminders.js';
import { activeCarePlan, checkInAnswers, exerciseChecks } from '../carePlan/carePlanState';
import { deviceTimeZone } from '../deviceTimeZone';
import { loaded, now, recentDrinks, recentSessions, settings } from '../hydration/hydrationSignals';
import { refreshPermission } from '../reminders/notificationPermission';
import { checkReminders } from '../reminders/reminderRuntime';
import { everydayReminders } from '../reminders/everydayReminders';
import { store } from './storeState';
import { withUnsaved } from '../hydration/unsavedDrinks';

const channel: BroadcastChannel | undefined =
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANGES_CHANNEL);

const DAY_MS = 86_400_000;

/**
 * The days whose drinks are kept in memory: around today's calendar date, which the waking day is
 * never more than a day from (the exact day is worked out later, in dayState.ts, off the first screen).
 */
function daysAround(at: number): [string, string] {
  const zone = deviceTimeZone();
  return [localDateKey(at - 2 * DAY_MS, zone), localDateKey(at + DAY_MS, zone)];
}

/** Re-reads everything the screens show from storage: the one source of truth across tabs. */
export async function reloadFromStore(): Promise<void> {
  const s = store.value;
  const at = Date.now();
  const [from, to] = daysAround(at);
  const [stored, sessions, dayDrinks, carePlan, asked] = await Promise.all([
    s.getSettings(), s.sessionsSince(at - PLAN_LOOKBACK_MS), s.drinksForDays(from, to), s.latestCarePlan(), s.everydayReminders(),
  ]);
  const [checks, answers] = await Promise.all([
    carePlan ? s.checksForCarePlan(carePlan.id) : [],
    carePlan ? s.checkInsForCarePlan(carePlan.id) : [],
  ]);
  activeCarePlan.value = carePlan;
  exerciseChecks.value = checks;
  checkInAnswers.value = answers;
  settings.value = stored;
  everydayReminders.value = asked;
  recentSessions.value = sessions;
  recentDrinks.value = withUnsaved(from, to, dayDrinks);
  // What was just read may be due "now" (a check-in due at acceptance, say); the clock signal only
  // ticks every 30 s, so it catches up with every read.
  now.value = Date.now();
  loaded.value = true;
}

/** Tells other open tabs that something changed, so they show the same numbers. */
export function announceChange(): void {
  channel?.postMessage('changed');
}

/** Keeps this tab in step with others and with time passing while it was hidden. */
export function listenForChanges(): void {
  // A new calendar date brings new days into the window of drinks kept in memory.
  let loadedFrom = daysAround(now.value)[0];
  effect(() => {
    const from = daysAround(now.value)[0];
    if (from === loadedFrom) return;
    loadedFrom = from;
    void reloadFromStore().then(() => checkReminders());
  });
  channel?.addEventListener('message', () => void reloadFromStore().then(() => checkReminders()));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    refreshPermission();
    void reloadFromStore().then(() => checkReminders());
  });
}
