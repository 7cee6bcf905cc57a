import { useState } from 'preact/hooks';
import { BEVERAGES, fromMl, toMl, type BeverageId } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import type { Settings } from '../../domain/settings';
import { atClockTimeSameDay, clockTimeOf } from '../../domain/time';
import type { DrinkRecord } from '../../domain/records';
import { AmountFields } from './AmountFields';
import { FieldError } from '../ui/FieldError';

/** A phone's clock and the moment of logging may disagree by a little; a later time is a typo. */
const FUTURE_SLACK_MS = 5 * 60_000;

interface Props {
  drink: DrinkRecord;
  glassMl: number;
  unit: Settings['unit'];
  timeZone: string;
  onCancel: () => void;
  onSave: (d: DrinkRecord) => void;
}

/** What, how much and when (same day) of one logged drink. */
export function DrinkEditor({ drink, glassMl, unit, timeZone, onCancel, onSave }: Props) {
  const [beverage, setBeverage] = useState<BeverageId>(drink.beverage);
  const [amountUnit, setAmountUnit] = useState(unit);
  const [amount, setAmount] = useState(() => Math.round(fromMl(drink.volumeMl, unit, glassMl) * 10) / 10);
  const [time, setTime] = useState(() => clockTimeOf(drink.at, timeZone));
  // What is wrong, not its words: the words are drawn in the language of the moment.
  const [amountWrong, setAmountWrong] = useState(false);
  const [timeWrong, setTimeWrong] = useState<'invalid' | 'future'>();
  const prefix = `edit-${drink.id}`;
  const t = waterText();
  function submit(event: Event) {
    event.preventDefault();
    const ml = toMl(amount, amountUnit, glassMl);
    const at = atClockTimeSameDay(drink.at, time, timeZone);
    const badAmount = !Number.isFinite(ml) || ml < 10 || ml > 2000;
    const badTime = at === undefined ? 'invalid' : at > Date.now() + FUTURE_SLACK_MS ? 'future' : undefined;
    setAmountWrong(badAmount);
    setTimeWrong(badTime);
    if (at === undefined || badTime || badAmount) return;
    onSave({ ...drink, beverage, volumeMl: Math.round(ml), at });
  }
  const error = amountWrong ? t.amount.outOfRange : undefined;
  const timeError = timeWrong === 'invalid' ? t.editor.timeInvalid : timeWrong === 'future' ? t.editor.timeFuture : undefined;
  return (
    <form class="drink-editor" onSubmit={submit} noValidate>
      <label for={`${prefix}-beverage`} class="field__label">{t.editor.drink}</label>
      <select id={`${prefix}-beverage`} value={beverage} onChange={(e) => setBeverage(e.currentTarget.value as BeverageId)}>
        {BEVERAGES.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
      </select>
      <AmountFields idPrefix={prefix} amount={amount} unit={amountUnit} onAmount={setAmount} onUnit={setAmountUnit} error={error} />
      <label for={`${prefix}-time`} class="field__label">{t.editor.time}</label>
      <input
        id={`${prefix}-time`}
        type="time"
        value={time}
        aria-invalid={timeError ? true : undefined}
        aria-describedby={timeError ? `${prefix}-time-error` : undefined}
        onInput={(e) => setTime(e.currentTarget.value)}
      />
      <FieldError id={`${prefix}-time-error`} message={timeError} />
      <div class="drink-editor__actions">
        <button type="submit" class="button button--primary">{t.editor.save}</button>
        <button type="button" class="button" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}
