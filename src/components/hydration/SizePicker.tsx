import { useEffect, useRef, useState } from 'preact/hooks';
import { drinkSizes, formatVolume, fromMl, toMl, type Beverage } from '../../domain/hydration';
import type { Settings } from '../../domain/settings';
import { AmountFields } from './AmountFields';

interface Props {
  beverage: Beverage;
  glassMl: number;
  unit: Settings['unit'];
  onLog: (ml: number) => Promise<unknown>;
  onCancel: () => void;
}

/** The second tap: a glass, the cups and bottles this drink comes in, or an amount of one's own. */
export function SizePicker({ beverage, glassMl, unit, onLog, onCancel }: Props) {
  const [custom, setCustom] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const amount = (ml: number) => formatVolume(ml, unit, glassMl);
  return (
    <div class="size-picker" role="group" aria-labelledby="size-title">
      <h4 id="size-title" tabIndex={-1} ref={title}>
        {beverage.short}: how much?
      </h4>
      {!beverage.counts && <p class="muted">Doesn’t count toward today’s water goal; log it anyway to keep an honest record.</p>}
      <div class="size-grid">
        {drinkSizes(beverage.id, unit, glassMl).map((size) => (
          <button key={size.id} type="button" class="button size-choice" onClick={() => void onLog(size.ml)}>
            <span>{size.label}</span>
            <span class="size-choice__amount">{amount(size.ml)}</span>
          </button>
        ))}
        <button type="button" class="button button--quiet" aria-expanded={custom} aria-controls="other-drink" onClick={() => setCustom(!custom)}>
          Other amount
        </button>
      </div>
      {custom && <CustomAmount glassMl={glassMl} unit={unit} onLog={onLog} />}
      <button type="button" class="button button--quiet" onClick={onCancel}>Cancel</button>
    </div>
  );
}

function CustomAmount({ glassMl, unit, onLog }: { glassMl: number; unit: Settings['unit']; onLog: (ml: number) => Promise<unknown> }) {
  const [amount, setAmount] = useState(() => Math.round(fromMl(glassMl, unit, glassMl)));
  const [amountUnit, setAmountUnit] = useState<Settings['unit']>(unit);
  const [error, setError] = useState<string | undefined>();
  function submit(event: Event) {
    event.preventDefault();
    const ml = toMl(amount, amountUnit, glassMl);
    if (!Number.isFinite(ml) || ml < 10 || ml > 2000) return setError('Enter an amount between 10 ml and 2 litres.');
    setError(undefined);
    void onLog(Math.round(ml));
  }
  return (
    <form id="other-drink" class="other-drink" onSubmit={submit} noValidate>
      <AmountFields idPrefix="other-drink" amount={amount} unit={amountUnit} onAmount={setAmount} onUnit={setAmountUnit} error={error} />
      <button type="submit" class="button button--primary">Log drink</button>
    </form>
  );
}
