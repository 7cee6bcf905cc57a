import { useState } from 'preact/hooks';
import { BEVERAGES, fromMl, toMl, type BeverageId } from '../../domain/hydration';
import type { Settings } from '../../domain/settings';
import { logDrink } from '../../state/hydration/drinkActions';
import { glassMlNow } from '../../state/hydration/dayState';
import { settings } from '../../state/hydration/hydrationSignals';
import { AmountFields } from './AmountFields';
import { Icon } from '../ui/Icon';

/** One tap for a glass of water (of the current plan's size, or the one in Settings); a short form for anything else. */
export function DrinkLogger() {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const glassMl = glassMlNow.value;

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

  return (
    <div class="card drink-logger">
      <button type="button" class="button button--primary button--large" onClick={() => void log('water', glassMl)}>
        <Icon name="drop" /> +1 glass of water
      </button>
      <button type="button" class="button button--quiet" aria-expanded={open} aria-controls="other-drink" onClick={() => setOpen(!open)}>
        {open ? 'Close' : 'Log another drink'}
      </button>
      {open && <OtherDrinkForm glassMl={glassMl} unit={settings.value.unit} onLog={async (b, ml) => (await log(b, ml)) && setOpen(false)} />}
      {failed && <p class="error" role="alert">That drink was not saved. Please try again.</p>}
    </div>
  );
}

function OtherDrinkForm({ glassMl, unit, onLog }: { glassMl: number; unit: Settings['unit']; onLog: (b: BeverageId, ml: number) => Promise<unknown> }) {
  const [beverage, setBeverage] = useState<BeverageId>('iced-tea');
  const [amount, setAmount] = useState(() => Math.round(fromMl(glassMl, unit, glassMl)));
  const [amountUnit, setAmountUnit] = useState<Settings['unit']>(unit);
  const [error, setError] = useState<string | undefined>();

  function submit(event: Event) {
    event.preventDefault();
    const ml = toMl(amount, amountUnit, glassMl);
    if (!Number.isFinite(ml) || ml < 10 || ml > 2000) {
      setError('Enter an amount between 10 ml and 2 litres.');
      return;
    }
    setError(undefined);
    void onLog(beverage, Math.round(ml));
  }

  return (
    <form id="other-drink" class="other-drink" onSubmit={submit} noValidate>
      <label for="other-drink-beverage" class="field__label">Drink</label>
      <select id="other-drink-beverage" value={beverage} onChange={(e) => setBeverage(e.currentTarget.value as BeverageId)}>
        {BEVERAGES.map((b) => (
          <option key={b.id} value={b.id}>{b.label}{b.counts ? '' : ' (doesn’t count)'}</option>
        ))}
      </select>
      <AmountFields idPrefix="other-drink" amount={amount} unit={amountUnit} onAmount={setAmount} onUnit={setAmountUnit} error={error} />
      <button type="submit" class="button button--primary">Log drink</button>
    </form>
  );
}
