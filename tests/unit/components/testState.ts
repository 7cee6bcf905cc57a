import { DEFAULT_SETTINGS } from '../../../src/domain';
import { activeCarePlan, checkInAnswers, exerciseChecks } from '../../../src/state/carePlanState';
import { undoable } from '../../../src/state/drinkActions';
import { activeSession, drinks, loaded, now, settings } from '../../../src/state/planState';
import { currentRoute } from '../../../src/state/route';
import { storageProblem, store } from '../../../src/state/storeState';
import { memoryStore } from '../../../src/storage/memoryStore';

/** Fresh, empty app state on a memory store, as a first-time user sees it. */
export function resetAppState(): void {
  store.value = memoryStore();
  storageProblem.value = null;
  settings.value = { ...DEFAULT_SETTINGS };
  activeSession.value = undefined;
  drinks.value = [];
  undoable.value = null;
  loaded.value = true;
  now.value = Date.now();
  currentRoute.value = 'home';
  activeCarePlan.value = undefined;
  exerciseChecks.value = [];
  checkInAnswers.value = [];
}
