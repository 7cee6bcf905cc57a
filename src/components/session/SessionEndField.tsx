import { sessionText } from '../../domain/i18n';
import { toDateTimeLocal } from '../ui/dateTimeLocal';
import { FieldError } from '../ui/FieldError';

/** "When did the session end?": a local date and time, never in the future. */
export function SessionEndField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string | undefined }) {
  return (
    <div class="field card">
      <label for="field-endedAt" class="field__label">{sessionText().intake.endQuestion}</label>
      <input
        id="field-endedAt"
        type="datetime-local"
        value={value}
        max={toDateTimeLocal(Date.now())}
        onInput={(e) => onChange(e.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'error-endedAt' : undefined}
      />
      <FieldError id="error-endedAt" message={error} />
    </div>
  );
}
