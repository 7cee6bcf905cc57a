import { useState } from 'preact/hooks';
import { BEVERAGES, fromMl, toMl, type BeverageId } from '../../domain/hydration';
import type { Settings } from '../../domain/settings';
import { deleteDrink, updateDrink } from '../../state/hydration/drinkActions';
import { settings } from '../../state/hydration/hydrationSignals';
import { isUnsaved } from '../../state/hydration/unsavedDrinks';
import type { DrinkRecord } from '../../domain/records';
import { AmountFields } from './AmountFields';

interface Described { time: string; label: string; amount: string; counts: boolean }

export function DrinkRow({ drink, glassMl, describe }: { drink: DrinkRecord; glassMl: number; describe: (d: DrinkRecord) => Described }) {
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
          onCancel={() => setEditing(false)}
          onSave={(next) => run(async () => { await updateDrink(next); setEditing(false); })}
        />
        {failed && <p class="error" role="alert">Not saved. Please try again.</p>}
      </li>
    );
  }
  return (
    <li class="drink-row">
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

function DrinkEditor(props: { drink: DrinkRecord; glassMl: number; unit: Settings['unit']; onCancel: () => void; onSave: (d: DrinkRecord) => void }) {
  const { drink, glassMl, unit, onCancel, onSave } = props;
  const [beverage, setBeverage] = useState<BeverageId>(drink.beverage);
  const [amountUnit, setAmountUnit] = useState(unit);
  const [amount, setAmount] = useState(() => Math.round(fromMl(drink.volumeMl, unit, glassMl) * 10) / 10);
  const [error, setError] = useState<string>();
  const prefix = `edit-${drink.id}`;
  function submit(event: Event) {
    event.preventDefault();
    const ml = toMl(amount, amountUnit, glassMl);
    if (!Number.isFinite(ml) || ml < 10 || ml > 2000) return setError('Enter an amount between 10 ml and 2 litres.');
    onSave({ ...drink, beverage, volumeMl: Math.round(ml) });
  }
  return (
    <form class="drink-editor" onSubmit={submit} noValidate>
      <label for={`${prefix}-beverage`} class="field__label">Drink</label>
      <select id={`${prefix}-beverage`} value={beverage} onChange={(e) => setBeverage(e.currentTarget.value as BeverageId)}>
        {BEVERAGES.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
      </select>
      <AmountFields idPrefix={prefix} amount={amount} unit={amountUnit} onAmount={setAmount} onUnit={setAmountUnit} error={error} />
      <div class="drink-editor__actions">
        <button type="submit" class="button button--primary">Save</button>
        <button type="button" class="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
