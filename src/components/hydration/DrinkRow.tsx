import { useState } from 'preact/hooks';
import { waterText } from '../../domain/i18n';
import { deleteDrink, updateDrink } from '../../state/hydration/drinkActions';
import { settings } from '../../state/hydration/hydrationSignals';
import { isUnsaved } from '../../state/hydration/unsavedDrinks';
import type { DrinkRecord } from '../../domain/records';
import { DrinkEditor } from './DrinkEditor';
import { DrinkIcon } from './DrinkIcon';

interface Described { time: string; label: string; amount: string; counts: boolean }

export function DrinkRow(props: { drink: DrinkRecord; glassMl: number; timeZone: string; describe: (d: DrinkRecord) => Described }) {
  const { drink, glassMl, timeZone, describe } = props;
  const [editing, setEditing] = useState(false);
  const [failed, setFailed] = useState(false);
  const d = describe(drink);
  const t = waterText().list;
  const run = (action: () => Promise<void>) => action().then(() => setFailed(false), () => setFailed(true));
  if (editing) {
    return (
      <li class="drink-row">
        <DrinkEditor
          drink={drink}
          glassMl={glassMl}
          unit={settings.value.unit}
          timeZone={timeZone}
          onCancel={() => setEditing(false)}
          onSave={(next) => run(async () => { await updateDrink(next); setEditing(false); })}
        />
        {failed && <p class="error" role="alert">{t.notSaved}</p>}
      </li>
    );
  }
  return (
    <li class="drink-row">
      <DrinkIcon beverage={drink.beverage} />
      <span class="drink-row__time">{d.time}</span>
      <span class="drink-row__what">
        {d.label}, {d.amount}
        <span class={d.counts ? 'tag tag--counts' : 'tag tag--no'}>{d.counts ? t.counts : t.doesntCount}</span>
        {isUnsaved(drink.id) && <span class="tag tag--no">{t.notSavedYet}</span>}
      </span>
      <span class="drink-row__actions">
        <button type="button" class="button button--quiet" aria-label={t.editLabel(d.label, d.time)} onClick={() => setEditing(true)}>{t.edit}</button>
        <button type="button" class="button button--quiet" aria-label={t.deleteLabel(d.label, d.time)} onClick={() => void run(() => deleteDrink(drink.id))}>{t.delete}</button>
      </span>
      {failed && <p class="error" role="alert">{t.notSaved}</p>}
    </li>
  );
}
