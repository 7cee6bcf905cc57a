import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { activeCarePlan, checkInAnswers, exerciseChecks } from '../../../src/state/carePlan/carePlanState';
import { undoable } from '../../../src/state/hydration/drinkActions';
import { loaded, now, recentDrinks, recentSessions, settings } from '../../../src/state/hydration/hydrationSignals';
import { currentRoute } from '../../../src/state/route';
import { storageProblem, store } from '../../../src/state/data/storeState';
import { memoryStore } from '../../../src/storage/memoryStore';
import { deskTemplates } from '../../../src/state/therapist/desk';
import { everydayReminders } from '../../../src/state/reminders/everydayReminders';

/** Fresh, empty app state on a memory store, as a first-time user sees it. */
export function resetAppState(): void {
  store.value = memoryStore();
  storageProblem.value = null;
  settings.value = { ...DEFAULT_SETTINGS };
  recentSessions.value = [];
  recentDrinks.value = [];
  undoable.value = null;
  loaded.value = true;
  now.value = Date.now();
  currentRoute.value = 'home';
  activeCarePlan.value = undefined;
  exerciseChecks.value = [];
  checkInAnswers.value = [];
  everydayReminders.value = undefined;
  // The therapist's desk keeps its draft and templates in localStorage, which outlives a test.
  globalThis.localStorage?.clear();
  deskTemplates.value = [];
}
