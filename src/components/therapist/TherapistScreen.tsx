import '../ui/forms.css';
import './therapist.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { shareCarePlan } from '../../domain/links';
import { validateCarePlan, type CarePlan } from '../../domain/carePlan';
import { AppointmentFields } from './AppointmentFields';
import { buildCarePlanDraft, initialTherapistForm, type TherapistForm } from './buildCarePlanDraft';
import { ExercisesSection } from './ExercisesSection';
import { NotesFields } from './NotesFields';
import { SessionFields } from './SessionFields';
import { ShareOutput } from './ShareOutput';
import { TherapistFields } from './TherapistFields';
import { deviceTimeZone } from '../../state/deviceTimeZone';

interface Made {
  /** The form the link was made from: once the form changes, the link no longer says the same. */
  form: TherapistForm;
  plan: CarePlan;
  link: string;
  fitsQrCode: boolean;
}

/**
 * "For therapists": compose a client's plan and hand it over as a link, a QR code or a printed
 * page. No account and no server: the whole plan rides in the link's fragment.
 */
export function TherapistScreen() {
  const [form, setForm] = useState(() => initialTherapistForm(Date.now()));
  const [errors, setErrors] = useState<string[]>([]);
  const [made, setMade] = useState<Made | undefined>(undefined);
  const [attempts, setAttempts] = useState(0);
  const alert = useRef<HTMLDivElement>(null);
  const patch = (change: Partial<TherapistForm>) => setForm((current) => ({ ...current, ...change }));

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
    const checked = validateCarePlan(buildCarePlanDraft(form, now, deviceTimeZone()), now);
    if (!checked.ok) return refuse(checked.errors);
    const shared = shareCarePlan(location.origin, checked.plan);
    if (!shared.ok) return refuse([shared.error]);
    setErrors([]);
    setMade({ form, plan: checked.plan, link: shared.link, fitsQrCode: shared.fitsQrCode });
  }

  const stale = made !== undefined && made.form !== form;
  return (
    <div class="therapist-screen">
      <h1 tabIndex={-1} class="no-print">For therapists</h1>
      <p class="muted no-print">
        Make an aftercare plan for your client and hand it over as a link, a QR code or a printed page.
        No account, and nothing is sent anywhere: the whole plan travels inside the link.
      </p>
      <form class="therapist-form" onSubmit={makeLink} noValidate aria-label="Your client's plan">
        <SessionFields value={form} onChange={patch} />
        <ExercisesSection exercises={form.exercises} onChange={(exercises) => patch({ exercises })} />
        <NotesFields kind={form.kind} value={form} onChange={patch} />
        <AppointmentFields value={form} onChange={patch} />
        <TherapistFields value={form} onChange={patch} />
        {errors.length > 0 && (
          <div class="form-errors" role="alert" tabIndex={-1} ref={alert} aria-labelledby="form-errors-title">
            <h2 id="form-errors-title">Fix these to make the link</h2>
            <ul>{errors.map((message) => <li key={message}>{message}</li>)}</ul>
          </div>
        )}
        <button type="submit" class="button button--primary button--large">{made ? 'Make the link again' : 'Make the link'}</button>
      </form>
      {stale && (
        <p class="notice no-print" role="status">
          You changed the plan after making its link. Make the link again so your client gets the changes.
        </p>
      )}
      {made && !stale && <ShareOutput plan={made.plan} link={made.link} fitsQrCode={made.fitsQrCode} />}
    </div>
  );
}
