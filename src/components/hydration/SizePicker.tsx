import { useEffect, useRef, useState } from 'preact/hooks';
import { drinkSizes, formatVolume, fromMl, toMl, type Beverage } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
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
  const t = waterText();
  return (
    <div class="size-picker" role="group" aria-labelledby="size-title">
      <h4 id="size-title" tabIndex={-1} ref={title}>
        {t.logger.howMuch(beverage.short)}
      </h4>
      {!beverage.counts && <p class="muted">{t.logger.notCountingHint}</p>}
      <div class="size-grid">
        {drinkSizes(beverage.id, unit, glassMl).map((size) => (
          <button key={size.id} type="button" class="button size-choice" onClick={() => void onLog(size.ml)}>
            <span>{size.label}</span>
            <span class="size-choice__amount">{amount(size.ml)}</span>
          </button>
        ))}
        <button type="button" class="button button--quiet" aria-expanded={custom} aria-controls="other-drink" onClick={() => setCustom(!custom)}>
          {t.logger.otherAmount}
        </button>
      </div>
      {custom && <CustomAmount glassMl={glassMl} unit={unit} onLog={onLog} />}
      <button type="button" class="button button--quiet" onClick={onCancel}>{t.cancel}</button>
    </div>
  );
}

function CustomAmount({ glassMl, unit, onLog }: { glassMl: number; unit: Settings['unit']; onLog: (ml: number) => Promise<unknown> }) {
  const [amount, setAmount] = useState(() => Math.round(fromMl(glassMl, unit, glassMl)));
  const [amountUnit, setAmountUnit] = useState<Settings['unit']>(unit);
  // Whether the amount is out of range, not the message: its words follow the language of the moment.
  const [outOfRange, setOutOfRange] = useState(false);
  const t = waterText();
  function submit(event: Event) {
    event.preventDefault();
    const ml = toMl(amount, amountUnit, glassMl);
    if (!Number.isFinite(ml) || ml < 10 || ml > 2000) return setOutOfRange(true);
    setOutOfRange(false);
    void onLog(Math.round(ml));
  }
  return (
    <form id="other-drink" class="other-drink" onSubmit={submit} noValidate>
      <AmountFields idPrefix="other-drink" amount={amount} unit={amountUnit} onAmount={setAmount} onUnit={setAmountUnit} error={outOfRange ? t.amount.outOfRange : undefined} />
      <button type="submit" class="button button--primary">{t.logger.logDrink}</button>
    </form>
  );
}
