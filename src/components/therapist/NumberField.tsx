/** A labelled whole-number input; an empty box reports NaN, which the plan's validator names. */
export function NumberField(props: { id: string; label: string; value: number; min: number; max: number; onChange: (n: number) => void }) {
  const { id, label, value, min, max, onChange } = props;
  return (
    <div class="number-field">
      <label for={id} class="field__label">{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={Number.isFinite(value) ? value : ''}
        onInput={(e) => onChange(e.currentTarget.valueAsNumber)}
      />
    </div>
  );
}
