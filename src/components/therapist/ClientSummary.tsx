import type { TherapistForm } from './buildCarePlanDraft';
import { appointmentWords, waterGoal } from './deskWords';

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** "What your client gets", in their words, as the therapist types: a check before making the link. */
export function ClientSummary({ form, timeZone }: { form: TherapistForm; timeZone: string }) {
  const water = waterGoal(form);
  const next = appointmentWords(form.appointment, timeZone);
  const dos = lines(form.dos);
  const donts = lines(form.donts);
  return (
    <section class="client-summary no-print" aria-labelledby="summary-title">
      <h2 id="summary-title">What {form.clientName.trim() || 'your client'} gets</h2>
      <ul>
        <li><strong>Water:</strong> {water ? `${water} over the rest of the day, with reminders` : 'choose the kind of session first'}</li>
        <li>
          <strong>Home exercises:</strong>{' '}
          {form.exercises.length === 0 ? 'none' : form.exercises.map((e) => e.name.trim() || 'a new exercise').join(', ')}
        </li>
        {dos.length + donts.length > 0 && <li><strong>Do and don’t:</strong> {dos.length} do, {donts.length} don’t</li>}
        <li><strong>Next appointment:</strong> {next ?? 'not set'}</li>
        <li><strong>Check-ins</strong> after 1 and 2 days, then weekly, and a progress summary they can send you</li>
      </ul>
    </section>
  );
}
