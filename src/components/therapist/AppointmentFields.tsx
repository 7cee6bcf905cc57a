import { CARE_PLAN_LIMITS } from '../../domain/carePlan';
import { toDateTimeLocal } from '../ui/dateTimeLocal';
import { NumberField } from './NumberField';

export interface AppointmentValues {
  appointment: string;
  everyWeeks: number;
  sessions: number;
}

/** The next appointment and the planned series; both optional. */
export function AppointmentFields({ value, onChange }: { value: AppointmentValues; onChange: (patch: Partial<AppointmentValues>) => void }) {
  const { everyWeeks, sessions } = CARE_PLAN_LIMITS.series;
  return (
    <section class="therapist-section" aria-labelledby="appointment-title">
      <h2 id="appointment-title" tabIndex={-1}>What comes next</h2>
      <div class="field card">
        <label for="field-appointment" class="field__label">Next appointment (optional)</label>
        <p class="muted" id="field-appointment-hint">Date and time, within a year.</p>
        <input
          id="field-appointment"
          type="datetime-local"
          value={value.appointment}
          min={toDateTimeLocal(Date.now())}
          aria-describedby="field-appointment-hint"
          onInput={(e) => onChange({ appointment: e.currentTarget.value })}
        />
      </div>
      <fieldset class="field card">
        <legend class="field__label">Planned series (optional)</legend>
        <p class="muted">For example, every 2 weeks for 6 sessions. Leave both empty for none.</p>
        <div class="number-row">
          <NumberField id="field-everyWeeks" label="Every how many weeks" value={value.everyWeeks} {...everyWeeks} onChange={(n) => onChange({ everyWeeks: n })} />
          <NumberField id="field-sessions" label="How many sessions" value={value.sessions} {...sessions} onChange={(n) => onChange({ sessions: n })} />
        </div>
      </fieldset>
    </section>
  );
}
