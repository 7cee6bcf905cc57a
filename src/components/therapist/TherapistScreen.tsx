import './therapist.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { shareCarePlan } from '../../domain/links';
import { validateCarePlan, type CarePlan } from '../../domain/carePlan';
import { deskText } from '../../domain/i18n';
import { deviceTimeZone } from '../../state/deviceTimeZone';
import { deskKeeps, saveDraftNow, saveDraftSoon, savedDraft, savedProfile, saveProfile } from '../../state/therapist/desk';
import { AppointmentFields } from './AppointmentFields';
import { buildCarePlanDraft, type TherapistForm } from './buildCarePlanDraft';
import { ClientSummary } from './ClientSummary';
import { DeskSections } from './DeskSections';
import { DeskTemplates } from './DeskTemplates';
import { nextClientForm, profileOf, restoreForm } from './deskDraft';
import { ExercisesSection } from './ExercisesSection';
import { NotesFields } from './NotesFields';
import { SessionFields } from './SessionFields';
import { ShareOutput } from './ShareOutput';
import { TherapistFields } from './TherapistFields';

interface Made {
  /** The form the link was made from: once the form changes, the link no longer says the same. */
  form: TherapistForm;
  plan: CarePlan;
  link: string;
  fitsQrCode: boolean;
}

/**
 * "For therapists": a desk of its own to compose a client's plan and hand it over as a link, a QR
 * code or a printed page. The draft is kept in this browser as they type, their own details and
 * templates too; the plan itself travels only inside the link's fragment, to no server.
 */
export function TherapistScreen() {
  const [form, setForm] = useState(() => restoreForm(savedDraft(), savedProfile(), Date.now()));
  const [errors, setErrors] = useState<string[]>([]);
  const [made, setMade] = useState<Made | undefined>(undefined);
  const [attempts, setAttempts] = useState(0);
  const alert = useRef<HTMLDivElement>(null);
  const patch = (change: Partial<TherapistForm>) => setForm((current) => ({ ...current, ...change }));
  const timeZone = deviceTimeZone();

  useEffect(() => {
    saveDraftSoon(form);
    saveProfile(profileOf(form));
  }, [form]);
  // A reload or a closed tab within the save delay must not lose the last words typed.
  const latest = useRef(form);
  latest.current = form;
  useEffect(() => {
    const flush = () => saveDraftNow(latest.current);
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);

  // Every refused attempt moves focus to the list, even when the messages are the same as before.
  useEffect(() => {
    if (attempts > 0) alert.current?.focus();
  }, [attempts]);

  function refuse(messages: string[]) {
    setMade(undefined);
    setErrors(messages);
    setAttempts((n) => n + 1);
  }

  function makeLink(event: Event) {
    event.preventDefault();
    const now = Date.now();
    const checked = validateCarePlan(buildCarePlanDraft(form, now, timeZone), now);
    if (!checked.ok) return refuse(checked.errors);
    const shared = shareCarePlan(location.origin, checked.plan, form.clientLanguage);
    if (!shared.ok) return refuse([shared.error]);
    setErrors([]);
    setMade({ form, plan: checked.plan, link: shared.link, fitsQrCode: shared.fitsQrCode });
  }

  const stale = made !== undefined && made.form !== form;
  const t = deskText();
  return (
    <div class="therapist-screen">
      <div class="desk__intro no-print">
        <h1 tabIndex={-1}>{t.title}</h1>
        <p class="muted">{t.intro}</p>
        {!deskKeeps.value && <p class="notice" role="status">{t.draftNotKept}</p>}
      </div>
      <DeskTemplates form={form} onChange={setForm} onNewClient={() => { setMade(undefined); setErrors([]); setForm(nextClientForm(form, Date.now())); }} />
      <div class="desk">
        <DeskSections form={form} timeZone={timeZone} />
        <form id="therapist-form" class="therapist-form" onSubmit={makeLink} noValidate aria-label={t.formLabel}>
          <SessionFields value={form} onChange={patch} />
          <ExercisesSection exercises={form.exercises} onChange={(exercises) => patch({ exercises })} />
          <NotesFields kind={form.kind} value={form} onChange={patch} />
          <AppointmentFields value={form} onChange={patch} />
          <TherapistFields value={form} onChange={patch} />
        </form>
        <div class="desk__aside">
          <ClientSummary form={form} timeZone={timeZone} />
          {errors.length > 0 && (
            <div class="form-errors no-print" role="alert" tabIndex={-1} ref={alert} aria-labelledby="form-errors-title">
              <h2 id="form-errors-title">{t.errorsTitle}</h2>
              <ul>{errors.map((message) => <li key={message}>{message}</li>)}</ul>
            </div>
          )}
          <button type="submit" form="therapist-form" class="button button--primary button--large no-print">{made ? t.makeLinkAgain : t.makeLink}</button>
          {stale && (
            <p class="notice no-print" role="status">{t.stale}</p>
          )}
          {made && !stale && <ShareOutput plan={made.plan} link={made.link} fitsQrCode={made.fitsQrCode} contact={made.form.contact} language={made.form.clientLanguage} />}
        </div>
      </div>
    </div>
  );
}
