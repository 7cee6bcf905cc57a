import { useEffect, useRef, useState } from 'preact/hooks';
import { BEVERAGES, type BeverageId } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import { logDrink } from '../../state/hydration/drinkActions';
import { glassMlNow } from '../../state/hydration/dayState';
import { settings } from '../../state/hydration/hydrationSignals';
import { Icon } from '../ui/Icon';
import { DrinkIcon } from './DrinkIcon';
import { SizePicker } from './SizePicker';

/** The drinks that count come first: they are what the plan asks for. */
const GROUPS = [
  { id: 'counts', drinks: BEVERAGES.filter((b) => b.counts) },
  { id: 'notCounting', drinks: BEVERAGES.filter((b) => !b.counts) },
] as const;

/** One tap for a glass of water (the current plan's glass, or the one in Settings); any other drink in two: the drink, then its size. */
export function DrinkLogger() {
  const glassMl = glassMlNow.value;
  const t = waterText().logger;
  const [chosen, setChosen] = useState<BeverageId | null>(null);
  const [failed, setFailed] = useState(false);
  const grid = useRef<HTMLDivElement>(null);
  // Back on the drink's own button once its size is picked or the choice is cancelled.
  const [returnTo, setReturnTo] = useState<BeverageId | null>(null);
  useEffect(() => {
    if (returnTo) grid.current?.querySelector<HTMLElement>(`[data-drink='${returnTo}']`)?.focus();
  }, [returnTo]);

  async function log(beverage: BeverageId, volumeMl: number): Promise<boolean> {
    setFailed(false);
    try {
      await logDrink(beverage, volumeMl);
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  }

  function close(beverage: BeverageId) {
    setChosen(null);
    setReturnTo(null);
    queueMicrotask(() => setReturnTo(beverage));
  }

  return (
    <section class="card drink-logger" aria-labelledby="log-title">
      <button type="button" class="button button--primary button--large" onClick={() => void log('water', glassMl)}>
        <Icon name="drop" /> {t.plusOne}
      </button>
      <h2 id="log-title" class="drink-logger__title">{t.title}</h2>
      <div ref={grid}>
        {GROUPS.map((group) => (
          <div key={group.id} role="group" aria-label={t[group.id]}>
            <h3 class="drink-logger__group">{t[group.id]}</h3>
            <div class="drink-grid">
              {group.drinks.map((b) => (
                <button key={b.id} type="button" data-drink={b.id} class="drink-choice" aria-pressed={chosen === b.id} onClick={() => setChosen(chosen === b.id ? null : b.id)}>
                  <DrinkIcon beverage={b.id} />
                  <span>{b.short}</span>
                </button>
              ))}
            </div>
            {chosen && group.drinks.some((b) => b.id === chosen) && (
              <SizePicker
                key={chosen}
                beverage={BEVERAGES.find((b) => b.id === chosen)!}
                glassMl={glassMl}
                unit={settings.value.unit}
                onLog={async (ml) => { if (await log(chosen, ml)) close(chosen); }}
                onCancel={() => close(chosen)}
              />
            )}
          </div>
        ))}
      </div>
      {failed && <p class="error" role="alert">{t.failed}</p>}
    </section>
  );
}
