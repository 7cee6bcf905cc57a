/**
 * The therapist's form, and the pure mapping from it to a plan-shaped object for validateCarePlan.
 * Nothing here checks anything: the domain is the one gate, and its messages are what the form shows.
 */
import type { CarePlan } from '../../domain/carePlan';
import { defaultPhysicianNote } from '../../domain/session';
import { activeLanguage, type Locale } from '../../domain/i18n';
import { needsPhysicianApproval, type MassageKind, type Pressure } from '../../domain/session';
import type { SessionInput } from '../../domain/hydration';
import { fromDateTimeLocal, toDateTimeLocal } from '../ui/dateTimeLocal';
import { exerciseFromDraft, lines, type ExerciseDraft } from './exerciseDraft';

export interface TherapistForm {
  kind: MassageKind | undefined;
  pressure: Pressure;
  usualGlassesPerDay: number;
  /** datetime-local text, in this device's zone. */
  endedAt: string;
  exercises: ExerciseDraft[];
  /** One note per line. */
  dos: string;
  donts: string;
  /** Sent only when the kind of session calls for one. */
  physicianNote: string;
  /** datetime-local text; empty when there is no next appointment yet. */
  appointment: string;
  /** NaN when left empty; both empty means no series. */
  everyWeeks: number;
  sessions: number;
  therapistName: string;
  practice: string;
  /** How clients reach the practice; printed on the handout only (not in the link). */
  contact: string;
  /** Optional; travels only in the link's fragment. */
  clientName: string;
  /** The language the client's app shows the plan in; carried by the link, not part of the plan. */
  clientLanguage: Locale;
}

export function initialTherapistForm(now: number): TherapistForm {
  return {
    kind: undefined, pressure: 'medium', usualGlassesPerDay: 4, endedAt: toDateTimeLocal(now),
    exercises: [], dos: '', donts: '', physicianNote: defaultPhysicianNote(),
    appointment: '', everyWeeks: Number.NaN, sessions: Number.NaN, therapistName: '', practice: '', contact: '', clientName: '',
    // The desk's own language is the first guess for the client's.
    clientLanguage: activeLanguage(),
  };
}

/** A CarePlan whose session may still be incomplete: what the form holds, unchecked. */
export type CarePlanDraft = Omit<CarePlan, 'session'> & { session: Partial<SessionInput> };

function seriesOf(form: TherapistForm): CarePlan['series'] {
  if (Number.isNaN(form.everyWeeks) && Number.isNaN(form.sessions)) return undefined;
  // One of the two left empty reaches the domain as NaN, which it names in plain words.
  return { everyWeeks: form.everyWeeks, sessions: form.sessions };
}

/**
 * `id` is left empty: validateCarePlan derives it from the content. `now` becomes issuedAt, and
 * `timeZone` is where the session took place (this device's zone, since the therapist is there).
 */
export function buildCarePlanDraft(form: TherapistForm, now: number, timeZone: string): CarePlanDraft {
  const appointment = form.appointment.trim();
  const series = seriesOf(form);
  const physicianNote = form.kind !== undefined && needsPhysicianApproval(form.kind) ? form.physicianNote : undefined;
  return {
    v: 1,
    id: '',
    issuedAt: now,
    timeZone,
    therapist: { name: form.therapistName, practice: form.practice },
    session: { kind: form.kind, pressure: form.pressure, usualGlassesPerDay: form.usualGlassesPerDay, endedAt: fromDateTimeLocal(form.endedAt) },
    exercises: form.exercises.map(exerciseFromDraft),
    dos: lines(form.dos),
    donts: lines(form.donts),
    ...(appointment === '' ? {} : { nextAppointment: fromDateTimeLocal(appointment) }),
    ...(series === undefined ? {} : { series }),
    ...(physicianNote === undefined ? {} : { physicianNote }),
    ...(form.clientName.trim() === '' ? {} : { clientName: form.clientName }),
  };
}
