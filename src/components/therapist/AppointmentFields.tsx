import { CARE_PLAN_LIMITS } from '../../domain/carePlan';
import { deskText } from '../../domain/i18n';
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
  const t = deskText().next;
  return (
    <section class="therapist-section" aria-labelledby="appointment-title">
      <h2 id="appointment-title" tabIndex={-1}>{t.title}</h2>
      <div class="field card">
        <label for="field-appointment" class="field__label">{t.appointment}</label>
        <p class="muted" id="field-appointment-hint">{t.appointmentHint}</p>
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
        <legend class="field__label">{t.series}</legend>
        <p class="muted">{t.seriesHint}</p>
        <div class="number-row">
          <NumberField id="field-everyWeeks" label={t.everyWeeks} value={value.everyWeeks} {...everyWeeks} onChange={(n) => onChange({ everyWeeks: n })} />
          <NumberField id="field-sessions" label={t.sessions} value={value.sessions} {...sessions} onChange={(n) => onChange({ sessions: n })} />
        </div>
      </fieldset>
    </section>
  );
}
