import { useState } from 'preact/hooks';
import type { FieldErrors } from '../../domain/settings';
import type { MassageKind, Pressure } from '../../domain/session';
import type { SessionInput } from '../../domain/hydration';
import { settings } from '../../state/hydration/hydrationSignals';
import { startSession } from '../../state/hydration/sessionActions';
import { KindPicker } from './KindPicker';
import { PressurePicker } from './PressurePicker';
import { GlassStepper } from '../hydration/GlassStepper';
import { FieldError } from '../ui/FieldError';
import { toDateTimeLocal, fromDateTimeLocal } from '../ui/dateTimeLocal';

type Errors = FieldErrors<keyof SessionInput>;

/** "Tell us about your session": four questions, sensible defaults, one thumb. */
export function IntakeScreen() {
  const [kind, setKind] = useState<MassageKind | undefined>(undefined);
  const [pressure, setPressure] = useState<Pressure>('medium');
  const [usual, setUsual] = useState(4);
  const [endedAt, setEndedAt] = useState(() => toDateTimeLocal(Date.now()));
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setSaving(true);
    setSaveFailed(false);
    const input: Partial<SessionInput> = { kind, pressure, usualGlassesPerDay: usual, endedAt: fromDateTimeLocal(endedAt) };
    try {
      const found = (await startSession(input)) ?? {};
      setErrors(found);
      const firstInvalid = Object.keys(found)[0];
      if (firstInvalid) document.getElementById(`field-${firstInvalid}`)?.focus();
    } catch {
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="intake" onSubmit={submit} noValidate aria-labelledby="intake-title">
      <h1 id="intake-title" tabIndex={-1}>Tell us about your session</h1>
      <p class="muted">Four quick questions. Your answers stay on this phone.</p>
      <KindPicker value={kind} onChange={setKind} error={errors.kind} />
      <PressurePicker value={pressure} onChange={setPressure} error={errors.pressure} />
      <GlassStepper value={usual} onChange={setUsual} glassMl={settings.value.glassMl} unit={settings.value.unit} error={errors.usualGlassesPerDay} />
      <div class="field card">
        <label for="field-endedAt" class="field__label">When did the session end?</label>
        <input
          id="field-endedAt"
          type="datetime-local"
          value={endedAt}
          max={toDateTimeLocal(Date.now())}
          onInput={(e) => setEndedAt(e.currentTarget.value)}
          aria-invalid={errors.endedAt ? true : undefined}
          aria-describedby={errors.endedAt ? 'error-endedAt' : undefined}
        />
        <FieldError id="error-endedAt" message={errors.endedAt} />
      </div>
      {saveFailed && <p class="error" role="alert">Your plan was not saved. Your answers are still here; please try again.</p>}
      <button type="submit" class="button button--primary button--large" disabled={saving}>
        Make my plan
      </button>
    </form>
  );
}
