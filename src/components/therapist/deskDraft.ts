/**
 * The desk's memory, in the form's own shape: a draft restored after a reload, the therapist's
 * profile carried from client to client, and templates (a plan's reusable part: session kind,
 * exercises, notes, series). What comes back from storage is checked field by field; anything odd
 * falls back to the fresh form's value rather than breaking the screen.
 */
import { EXERCISE_LIBRARY } from '../../domain/exercises';
import { deskText, isLocale } from '../../domain/i18n';
import { isMassageKind, isPressure } from '../../domain/session';
import { initialTherapistForm, type TherapistForm } from './buildCarePlanDraft';
import { draftFromExercise, type ExerciseDraft } from './exerciseDraft';

const PROFILE_FIELDS = ['therapistName', 'practice', 'contact'] as const;
const TEMPLATE_FIELDS = ['kind', 'pressure', 'exercises', 'dos', 'donts', 'physicianNote', 'everyWeeks', 'sessions'] as const;

type Profile = Pick<TherapistForm, (typeof PROFILE_FIELDS)[number]>;
export type TemplateContent = Partial<Pick<TherapistForm, (typeof TEMPLATE_FIELDS)[number]>>;

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
/** JSON has no NaN: an empty number box was stored as null. */
const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' ? value : value === null ? Number.NaN : fallback);

function isExerciseDraft(value: unknown): value is ExerciseDraft {
  const d = record(value);
  return typeof d.id === 'string' && typeof d.name === 'string' && typeof d.steps === 'string' && typeof d.cautions === 'string' &&
    (d.dose === 'reps' || d.dose === 'hold') && (d.durationUnit === 'days' || d.durationUnit === 'weeks') && typeof d.custom === 'boolean';
}

/** Every field of `stored` that has the right type, over `base`. */
function mergeChecked(base: TherapistForm, stored: Record<string, unknown>, fields: readonly (keyof TherapistForm)[]): TherapistForm {
  const form: TherapistForm = { ...base };
  const take = <K extends keyof TherapistForm>(key: K, value: TherapistForm[K]) => void (form[key] = value);
  for (const key of fields) {
    if (!(key in stored)) continue;
    const value = stored[key];
    if (key === 'kind') { if (isMassageKind(value)) take('kind', value); }
    else if (key === 'clientLanguage') { if (isLocale(value)) take('clientLanguage', value); }
    else if (key === 'pressure') { if (isPressure(value)) take('pressure', value); }
    else if (key === 'exercises') { if (Array.isArray(value)) take('exercises', value.filter(isExerciseDraft).map((d) => ({ ...d, sets: numberOr(d.sets, 2), reps: numberOr(d.reps, 10), holdSeconds: numberOr(d.holdSeconds, 30), timesPerDay: numberOr(d.timesPerDay, 1), durationAmount: numberOr(d.durationAmount, 2) }))); }
    else if (typeof base[key] === 'number') take(key, numberOr(value, base[key] as number) as never);
    else if (typeof base[key] === 'string' && typeof value === 'string') take(key, value as never);
  }
  return form;
}

/** The form to open with: the saved draft if there is one, else a fresh form with the remembered profile. */
export function restoreForm(draft: unknown, profile: unknown, now: number): TherapistForm {
  const fresh = mergeChecked(initialTherapistForm(now), record(profile), PROFILE_FIELDS);
  if (draft === undefined) return fresh;
  return mergeChecked(fresh, record(draft), Object.keys(fresh) as (keyof TherapistForm)[]);
}

/** A fresh form for the next client: only the therapist's own details stay. */
export function nextClientForm(form: TherapistForm, now: number): TherapistForm {
  return { ...initialTherapistForm(now), ...profileOf(form) };
}

export function profileOf(form: TherapistForm): Profile {
  return { therapistName: form.therapistName, practice: form.practice, contact: form.contact };
}

/** What a template keeps of a plan: never the client, the dates or the therapist. */
export function templateOf(form: TherapistForm): TemplateContent {
  return Object.fromEntries(TEMPLATE_FIELDS.map((key) => [key, form[key]])) as TemplateContent;
}

/** The form with a template's part laid over it; the client, dates and therapist stay as they were. */
export function applyTemplate(form: TherapistForm, content: Record<string, unknown>): TherapistForm {
  return mergeChecked(form, content, TEMPLATE_FIELDS);
}

const library = (...ids: string[]) => ids.map((id) => draftFromExercise(EXERCISE_LIBRARY.find((e) => e.id === id)!));

/**
 * Ready-made starting points every desk has, in the desk's language (their notes become the
 * therapist's own words once used); the therapist's own templates come first.
 */
export function starterTemplates(): ReadonlyArray<{ id: string; name: string; content: TemplateContent }> {
  const neck = deskText().templates.starterNeck;
  return [
    {
      id: 'starter-desk-neck',
      name: neck.name,
      content: {
        kind: 'therapeutic', pressure: 'medium',
        exercises: library('neck-side-bend', 'upper-trapezius-stretch', 'chin-tuck', 'doorway-chest-stretch'),
        dos: neck.dos,
        donts: neck.donts,
        everyWeeks: 2, sessions: 4,
      },
    },
  ];
}
