import { useEffect } from 'preact/hooks';
import { BEVERAGES, formatVolume } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import { undoable, undoLastChange } from '../../state/hydration/drinkActions';
import { glassMlNow } from '../../state/hydration/dayState';
import { settings } from '../../state/hydration/hydrationSignals';

const UNDO_WINDOW_MS = 15_000;

/**
 * "Logged: Water, 1 glass — Undo" (or "Deleted: …") for a short while after each change, with the
 * kind note for drinks that don't count. It floats above the tabs so a delete far down the list
 * still shows its Undo on screen.
 */
export function UndoBar() {
  const change = undoable.value;
  useEffect(() => {
    if (!change) return;
    const timer = setTimeout(() => { if (undoable.value === change) undoable.value = null; }, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [change]);
  const glassMl = glassMlNow.value;
  const beverage = change && BEVERAGES.find((b) => b.id === change.drink.beverage);
  const t = waterText().undo;
  return (
    <div class="undo-bar" role="status" aria-live="polite">
      {change && beverage && (
        <div class="undo-bar__inner">
          <p>
            {(change.kind === 'logged' ? t.logged : t.deleted)(beverage.short, formatVolume(change.drink.volumeMl, settings.value.unit, glassMl))}
            {change.kind === 'logged' && !beverage.counts && beverage.note ? ` ${beverage.note}` : ''}
          </p>
          <span class="undo-bar__buttons">
            <button type="button" class="button" onClick={() => void undoLastChange().catch(() => {})}>{t.undo}</button>
            <button type="button" class="button button--quiet undo-bar__close" aria-label={t.dismiss} onClick={() => (undoable.value = null)}>×</button>
          </span>
        </div>
      )}
    </div>
  );
}
