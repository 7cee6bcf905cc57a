import '../ui/forms.css';
import { PRESSURES, type Pressure } from '../../domain/session';
import { sessionText } from '../../domain/i18n';
import { FieldError } from '../ui/FieldError';

export function PressurePicker({ value, onChange, error }: { value: Pressure | undefined; onChange: (p: Pressure) => void; error: string | undefined }) {
  return (
    <fieldset class="field card" aria-describedby={error ? 'error-pressure' : undefined}>
      <legend class="field__label">{sessionText().intake.pressureQuestion}</legend>
      <div class="segmented">
        {PRESSURES.map((pressure, index) => (
          <label class="segmented__option" key={pressure.id}>
            <input
              type="radio"
              name="pressure"
              id={index === 0 ? 'field-pressure' : undefined}
              value={pressure.id}
              checked={value === pressure.id}
              onChange={() => onChange(pressure.id)}
            />
            <span>{pressure.label}</span>
          </label>
        ))}
      </div>
      <FieldError id="error-pressure" message={error} />
    </fieldset>
  );
}
