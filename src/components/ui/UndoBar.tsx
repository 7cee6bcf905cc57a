import { useEffect } from 'preact/hooks';
import { BEVERAGES, formatVolume } from '../../domain/hydration';
import { undoable, undoLastDrink } from '../../state/hydration/drinkActions';
import { glassMlNow } from '../../state/hydration/dayState';
import { settings } from '../../state/hydration/hydrationSignals';

const UNDO_WINDOW_MS = 15_000;

/** "Logged 1 glass of water — Undo", for a short while after each log, with the kind note for drinks that don't count. */
export function UndoBar() {
  const drink = undoable.value;
  useEffect(() => {
    if (!drink) return;
    const timer = setTimeout(() => { if (undoable.value === drink) undoable.value = null; }, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [drink]);
  const glassMl = glassMlNow.value;
  const beverage = drink && BEVERAGES.find((b) => b.id === drink.beverage);
  return (
    <div class="undo-bar" role="status" aria-live="polite">
      {drink && beverage && (
        <div class="card undo-bar__inner">
          <p>
            Logged: {beverage.label}, {formatVolume(drink.volumeMl, settings.value.unit, glassMl)}.
            {!beverage.counts && beverage.note ? ` ${beverage.note}` : ''}
          </p>
          <button type="button" class="button" onClick={() => void undoLastDrink().catch(() => {})}>Undo</button>
        </div>
      )}
    </div>
  );
}
