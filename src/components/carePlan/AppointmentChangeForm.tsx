import '../ui/shared.css';
import { useState } from 'preact/hooks';
import type { Appointment } from '../../domain/carePlan';
import { changeAppointment } from '../../state/carePlan/carePlanActions';
import { fromDateTimeLocal, toDateTimeLocal } from '../ui/dateTimeLocal';

/** "Moved" (with the new time) or "cancelled", for the next appointment of the series. */
export function AppointmentChangeForm({ appointment }: { appointment: Appointment }) {
  const [when, setWhen] = useState(() => toDateTimeLocal(appointment.at));
  const [status, setStatus] = useState('');
  const save = (change: { movedTo?: number; cancelled?: boolean }) =>
    changeAppointment({ index: appointment.index, ...change }).then(
      () => setStatus(change.cancelled ? 'Noted: that appointment was cancelled.' : 'Noted: the appointment has its new time.'),
      () => setStatus('That was not saved. Please try again.'),
    );
  const movedTo = fromDateTimeLocal(when);
  return (
    <details class="appointment-change">
      <summary>Appointment moved or cancelled?</summary>
      <label for="appointment-moved-to" class="field__label">New date and time</label>
      <input id="appointment-moved-to" type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
      <div class="data-actions">
        <button type="button" class="button" disabled={!Number.isFinite(movedTo)} onClick={() => void save({ movedTo })}>Save the new time</button>
        <button type="button" class="button" onClick={() => void save({ cancelled: true })}>It was cancelled</button>
      </div>
      <p role="status">{status}</p>
    </details>
  );
}
