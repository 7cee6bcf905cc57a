import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';
import { deleteDrink, logDrink } from '../../../src/state/hydration/drinkActions';
import { recentDrinks, recentSessions, settings } from '../../../src/state/hydration/hydrationSignals';
import { todayState } from '../../../src/state/hydration/dayState';
import { storageProblem, store } from '../../../src/state/data/storeState';
import { reloadFromStore } from '../../../src/state/data/sync';
import { retryUnsavedDrinks, unsavedDrinks } from '../../../src/state/hydration/unsavedDrinks';
import { memoryStore } from '../../../src/storage/memoryStore';
import type { AftercareStore } from '../../../src/storage/store';

/** Glasses toward the current plan, as Today shows them. */
const glassesCounted = () => todayState.value.current?.counted ?? 0;

/** A store whose drink writes fail with QuotaExceededError while `full` is true. */
function fillableStore(): AftercareStore & { full: boolean } {
  const inner = memoryStore();
  const wrapper = {
    ...inner,
    full: true,
    putDrink: async (d: Parameters<AftercareStore['putDrink']>[0]) => {
      if (wrapper.full) throw new DOMException('full', 'QuotaExceededError');
      return inner.putDrink(d);
    },
  };
  return wrapper;
}

beforeEach(async () => {
  unsavedDrinks.value = [];
  storageProblem.value = null;
  const s = fillableStore();
  store.value = s;
  const endedAt = Date.now();
  const session = { kind: 'relaxation' as const, pressure: 'light' as const, usualGlassesPerDay: 4, endedAt };
  // A day with no night to speak of, so the plan is current whenever the test runs.
  settings.value = { ...DEFAULT_SETTINGS, wakeTime: '00:00', bedtime: '23:59' };
  const plan = planHydration({ sessionId: 'p1', session, settings: settings.value, timeZone: 'UTC' });
  const record = { id: 'p1', createdAt: endedAt, session, plan, glassMl: 250 };
  await s.addSession(record);
  recentSessions.value = [record];
  recentDrinks.value = [];
});

describe('a drink that storage refuses (quota exceeded)', () => {
  it('still counts, is shown as unsaved with a message, and is saved on retry', async () => {
    const s = store.value as ReturnType<typeof fillableStore>;
    await logDrink('water', 250);
    expect(glassesCounted()).toBe(1);
    expect(unsavedDrinks.value).toHaveLength(1);
    expect(storageProblem.value).toBe('full');
    expect(await s.drinksForSession('p1')).toEqual([]);

    await reloadFromStore();
    expect(glassesCounted()).toBe(1);

    await retryUnsavedDrinks();
    expect(unsavedDrinks.value).toHaveLength(1);

    s.full = false;
    await retryUnsavedDrinks();
    expect(unsavedDrinks.value).toEqual([]);
    expect(storageProblem.value).toBeNull();
    expect(await s.drinksForSession('p1')).toHaveLength(1);
  });

  it('can be deleted before it was ever saved', async () => {
    const drink = await logDrink('water', 250);
    await deleteDrink(drink.id);
    expect(unsavedDrinks.value).toEqual([]);
    expect(glassesCounted()).toBe(0);
  });
});
