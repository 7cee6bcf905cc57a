import '../ui/forms.css';
import { formatVolume } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import type { Settings } from '../../domain/settings';
import { FieldError } from '../ui/FieldError';

const MIN = 1;
const MAX = 30;
/** The intake form finds a field's message by this id (`error-<field>`). */
const ERROR_ID = 'error-usualGlassesPerDay';

/** "How much water do you usually drink?" as a stepper in glasses, with the glass size shown in the user's unit. */
export function GlassStepper(props: { value: number; onChange: (n: number) => void; glassMl: number; unit: Settings['unit']; error: string | undefined }) {
  const { value, onChange, glassMl, unit, error } = props;
  const glassSize = unit === 'glass' ? formatVolume(glassMl, 'ml', glassMl) : formatVolume(glassMl, unit, glassMl);
  const t = waterText().stepper;
  return (
    <div class="field card" role="group" aria-labelledby="usual-label" aria-describedby={error ? `usual-hint ${ERROR_ID}` : 'usual-hint'}>
      <p id="usual-label" class="field__label">{t.question}</p>
      <p id="usual-hint" class="muted">{t.glassIs(glassSize)}</p>
      <div class="stepper">
        <button type="button" class="button stepper__button" aria-label={t.fewer} disabled={value <= MIN} onClick={() => onChange(Math.max(MIN, value - 1))}>−</button>
        <input
          id="field-usualGlassesPerDay"
          class="stepper__value"
          type="number"
          inputMode="numeric"
          min={MIN}
          max={MAX}
          value={Number.isFinite(value) ? value : ''}
          aria-label={t.label}
          aria-invalid={error ? true : undefined}
          onInput={(e) => onChange(e.currentTarget.valueAsNumber)}
        />
        <button type="button" class="button stepper__button" aria-label={t.more} disabled={value >= MAX} onClick={() => onChange(Math.min(MAX, value + 1))}>+</button>
      </div>
      <FieldError id={ERROR_ID} message={error} />
    </div>
  );
}
