import '../ui/shared.css';
// Its fields: Home draws this form without the other screens' stylesheets.
import '../ui/controls.css';
import { useState } from 'preact/hooks';
import type { Appointment } from '../../domain/carePlan';
import { appointmentsText } from '../../domain/i18n';
import { changeAppointment } from '../../state/carePlan/carePlanActions';
import { fromDateTimeLocal, toDateTimeLocal } from '../ui/dateTimeLocal';

/** What the last save said; kept as a key, so a language switch rewords it. */
type Status = '' | 'notedCancelled' | 'notedMoved' | 'notSaved';

/** "Moved" (with the new time) or "cancelled", for the next appointment of the series. */
export function AppointmentChangeForm({ appointment }: { appointment: Appointment }) {
  const t = appointmentsText().change;
  const [when, setWhen] = useState(() => toDateTimeLocal(appointment.at));
  const [status, setStatus] = useState<Status>('');
  const save = (change: { movedTo?: number; cancelled?: boolean }) =>
    changeAppointment({ index: appointment.index, ...change }).then(
      () => setStatus(change.cancelled ? 'notedCancelled' : 'notedMoved'),
      () => setStatus('notSaved'),
    );
  const movedTo = fromDateTimeLocal(when);
  return (
    <details class="appointment-change">
      <summary>{t.summary}</summary>
      <label for="appointment-moved-to" class="field__label">{t.newTime}</label>
      <input id="appointment-moved-to" type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
      <div class="data-actions">
        <button type="button" class="button" disabled={!Number.isFinite(movedTo)} onClick={() => void save({ movedTo })}>{t.saveTime}</button>
        <button type="button" class="button" onClick={() => void save({ cancelled: true })}>{t.cancelled}</button>
      </div>
      <p role="status">{status && t[status]}</p>
    </details>
  );
}
