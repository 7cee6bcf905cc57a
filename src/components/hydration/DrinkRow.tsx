import { useState } from 'preact/hooks';
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
        {failed && <p class="error" role="alert">Not saved. Please try again.</p>}
      </li>
    );
  }
  return (
    <li class="drink-row">
      <DrinkIcon beverage={drink.beverage} />
      <span class="drink-row__time">{d.time}</span>
      <span class="drink-row__what">
        {d.label}, {d.amount}
        <span class={d.counts ? 'tag tag--counts' : 'tag tag--no'}>{d.counts ? 'counts' : 'doesn’t count'}</span>
        {isUnsaved(drink.id) && <span class="tag tag--no">not saved yet</span>}
      </span>
      <span class="drink-row__actions">
        <button type="button" class="button button--quiet" aria-label={`Edit ${d.label} at ${d.time}`} onClick={() => setEditing(true)}>Edit</button>
        <button type="button" class="button button--quiet" aria-label={`Delete ${d.label} at ${d.time}`} onClick={() => void run(() => deleteDrink(drink.id))}>Delete</button>
      </span>
      {failed && <p class="error" role="alert">Not saved. Please try again.</p>}
    </li>
  );
}
