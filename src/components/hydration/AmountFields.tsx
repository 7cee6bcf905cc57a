import '../ui/forms.css';
import type { Settings } from '../../domain/settings';
import { FieldError } from '../ui/FieldError';

const UNIT_LABELS: Record<Settings['unit'], string> = { ml: 'ml', floz: 'fl oz', glass: 'glasses' };

/** An amount and its unit (ml, fl oz or glasses). */
export function AmountFields(props: {
  idPrefix: string;
  amount: number;
  unit: Settings['unit'];
  onAmount: (n: number) => void;
  onUnit: (u: Settings['unit']) => void;
  error: string | undefined;
}) {
  const { idPrefix, amount, unit, onAmount, onUnit, error } = props;
  return (
    <div class="amount-fields">
      <div>
        <label for={`${idPrefix}-amount`} class="field__label">Amount</label>
        <input
          id={`${idPrefix}-amount`}
          type="number"
          inputMode="decimal"
          min="0"
          step="any"
          value={Number.isFinite(amount) ? amount : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${idPrefix}-amount-error` : undefined}
          onInput={(e) => onAmount(e.currentTarget.valueAsNumber)}
        />
      </div>
      <div>
        <label for={`${idPrefix}-unit`} class="field__label">Unit</label>
        <select id={`${idPrefix}-unit`} value={unit} onChange={(e) => onUnit(e.currentTarget.value as Settings['unit'])}>
          {(Object.keys(UNIT_LABELS) as Settings['unit'][]).map((u) => <option key={u} value={u}>{UNIT_LABELS[u]}</option>)}
        </select>
      </div>
      <FieldError id={`${idPrefix}-amount-error`} message={error} />
    </div>
  );
}
