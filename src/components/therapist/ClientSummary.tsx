import { intlLocale, deskText, formatList, LOCALE_NAMES } from '../../domain/i18n';
import type { TherapistForm } from './buildCarePlanDraft';
import { draftName } from './exerciseDraft';
import { appointmentWords, waterGoal } from './deskWords';

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** "What your client gets", in their words, as the therapist types: a check before making the link. */
export function ClientSummary({ form, timeZone }: { form: TherapistForm; timeZone: string }) {
  const water = waterGoal(form);
  const next = appointmentWords(form.appointment, timeZone);
  const dos = lines(form.dos);
  const donts = lines(form.donts);
  const t = deskText().summary;
  const exercises = form.exercises.map((e) => draftName(e) || t.newExercise);
  return (
    <section class="client-summary no-print" aria-labelledby="summary-title">
      <h2 id="summary-title">{t.title(form.clientName.trim())}</h2>
      <ul>
        <li><strong>{t.language}</strong> <span lang={form.clientLanguage}>{LOCALE_NAMES[form.clientLanguage]}</span></li>
        <li><strong>{t.water}</strong> {water ? t.waterGoal(water) : t.waterNeedsKind}</li>
        <li><strong>{t.exercises}</strong> {exercises.length === 0 ? t.none : formatList(exercises, intlLocale())}</li>
        {dos.length + donts.length > 0 && <li><strong>{t.notes}</strong> {t.noteCounts(dos.length, donts.length)}</li>}
        <li><strong>{t.next}</strong> {next ?? t.notSet}</li>
        <li><strong>{t.checkIns}</strong> {t.checkInsText}</li>
      </ul>
    </section>
  );
}
