import { validateSession } from '../../domain/session';
import { useState } from 'preact/hooks';
import { sessionText } from '../../domain/i18n';
import type { FieldErrors } from '../../domain/settings';
import type { MassageKind, Pressure } from '../../domain/session';
import type { SessionInput } from '../../domain/hydration';
import { settings } from '../../state/hydration/hydrationSignals';
import { startSession } from '../../state/hydration/sessionActions';
import { KindPicker } from './KindPicker';
import { PressurePicker } from './PressurePicker';
import { GlassStepper } from '../hydration/GlassStepper';
import { toDateTimeLocal, fromDateTimeLocal } from '../ui/dateTimeLocal';
import { SessionEndField } from './SessionEndField';

type Errors = FieldErrors<keyof SessionInput>;

/** "Tell us about your session": four questions, sensible defaults, one thumb. */
export function IntakeScreen() {
  const [kind, setKind] = useState<MassageKind | undefined>(undefined);
  const [pressure, setPressure] = useState<Pressure>('medium');
  const [usual, setUsual] = useState(4);
  const [endedAt, setEndedAt] = useState(() => toDateTimeLocal(Date.now()));
  // What was refused, with when: its messages are worded at each render, so a switch of language
  // rewords them while the answers stay as they were.
  const [refused, setRefused] = useState<{ input: Partial<SessionInput>; at: number } | null>(null);
  const errors: Errors = refused ? validateSession(refused.input, refused.at) : {};
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setSaving(true);
    setSaveFailed(false);
    const input: Partial<SessionInput> = { kind, pressure, usualGlassesPerDay: usual, endedAt: fromDateTimeLocal(endedAt) };
    try {
      const at = Date.now();
      const found = (await startSession(input, at)) ?? {};
      setRefused(Object.keys(found).length > 0 ? { input, at } : null);
      const firstInvalid = Object.keys(found)[0];
      if (firstInvalid) document.getElementById(`field-${firstInvalid}`)?.focus();
    } catch {
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  }

  const t = sessionText().intake;
  return (
    <form class="intake" onSubmit={submit} noValidate aria-labelledby="intake-title">
      <h1 id="intake-title" tabIndex={-1}>{t.title}</h1>
      <p class="muted">{t.intro}</p>
      <KindPicker value={kind} onChange={setKind} error={errors.kind} />
      <PressurePicker value={pressure} onChange={setPressure} error={errors.pressure} />
      <GlassStepper value={usual} onChange={setUsual} glassMl={settings.value.glassMl} unit={settings.value.unit} error={errors.usualGlassesPerDay} />
      <SessionEndField value={endedAt} onChange={setEndedAt} error={errors.endedAt} />
      {saveFailed && <p class="error" role="alert">{t.saveFailed}</p>}
      <button type="submit" class="button button--primary button--large" disabled={saving}>
        {t.submit}
      </button>
    </form>
  );
}
