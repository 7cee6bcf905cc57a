import { CHANGES_CHANNEL } from '../contract/reminders.js';
import { activeCarePlan, checkInAnswers, exerciseChecks } from './carePlanState';
import { activeSession, drinks, loaded, now, settings } from './planState';
import { refreshPermission } from './notificationPermission';
import { checkReminders } from './reminderRuntime';
import { store } from './storeState';
import { withUnsaved } from './unsavedDrinks';

const channel: BroadcastChannel | undefined =
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANGES_CHANNEL);

/** Re-reads everything the screens show from storage: the one source of truth across tabs. */
export async function reloadFromStore(): Promise<void> {
  const s = store.value;
  const [stored, latest, carePlan] = await Promise.all([s.getSettings(), s.latestSession(), s.latestCarePlan()]);
  const [latestDrinks, checks, answers] = await Promise.all([
    latest ? s.drinksForPlan(latest.id) : [],
    carePlan ? s.checksForPlan(carePlan.id) : [],
    carePlan ? s.checkInsForPlan(carePlan.id) : [],
  ]);
  activeCarePlan.value = carePlan;
  exerciseChecks.value = checks;
  checkInAnswers.value = answers;
  settings.value = stored;
  activeSession.value = latest;
  drinks.value = withUnsaved(latest?.id, latestDrinks);
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
  channel?.addEventListener('message', () => void reloadFromStore().then(() => checkReminders()));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    refreshPermission();
    void reloadFromStore().then(() => checkReminders());
  });
}
