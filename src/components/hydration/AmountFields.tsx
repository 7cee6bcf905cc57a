import '../ui/forms.css';
import { waterText } from '../../domain/i18n';
import type { Settings } from '../../domain/settings';
import { FieldError } from '../ui/FieldError';

const UNITS: readonly Settings['unit'][] = ['ml', 'floz', 'glass'];

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
  const t = waterText();
  return (
    <div class="amount-fields">
      <div>
        <label for={`${idPrefix}-amount`} class="field__label">{t.amount.label}</label>
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
        <label for={`${idPrefix}-unit`} class="field__label">{t.amount.unit}</label>
        <select id={`${idPrefix}-unit`} value={unit} onChange={(e) => onUnit(e.currentTarget.value as Settings['unit'])}>
          {UNITS.map((u) => <option key={u} value={u}>{t.units[u]}</option>)}
        </select>
      </div>
      <FieldError id={`${idPrefix}-amount-error`} message={error} />
    </div>
  );
}
