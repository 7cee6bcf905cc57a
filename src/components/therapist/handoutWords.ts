/**
 * Every word of the printed handout and of what the share sheet sends, as plain strings. Called
 * inside withLanguage (clientLanguage.ts), so all of it, dates and numbers included, is in the
 * client's language; the components only lay these strings out.
 */
import type { CarePlan } from '../../domain/carePlan';
import { intlLocale, deskText } from '../../domain/i18n';
import { exerciseWords } from '../../domain/exercises';
import { physicianNoteWords } from '../../domain/session';
import { kindLabel, waterGoal } from './deskWords';
import { doseSummary } from './exerciseDraft';

export interface HandoutExercise {
  id: string;
  name: string;
  dose: string;
  steps: readonly string[];
  cautions: readonly string[];
}

export interface HandoutWords {
  issued: string;
  title: string;
  from: string;
  water?: { today: string; rest: string };
  askPhysician: string;
  /** As the plan holds it: the therapist's words, or the standard note for the kind of session. */
  physicianNote?: string;
  exercisesTitle: string;
  exercises: HandoutExercise[];
  doTitle: string;
  dontTitle: string;
  next?: { label: string; when: string };
  series?: { label: string; text: string };
  contact: string;
  scan: string;
  shareTitle: string;
  shareText: string;
}

function when(at: number, timeZone: string, withTime: boolean): string {
  const style = withTime ? { dateStyle: 'full', timeStyle: 'short' } as const : { dateStyle: 'long' } as const;
  return new Intl.DateTimeFormat(intlLocale(), { ...style, timeZone }).format(at);
}

/** The handout's words in the language active now; `contact` is printed only, never in the link. */
export function handoutWords(plan: CarePlan, contact: string): HandoutWords {
  const t = deskText().handout;
  const { therapist, session, timeZone } = plan;
  const water = waterGoal(session);
  const from = `${therapist.name}${therapist.practice ? `, ${therapist.practice}` : ''}`;
  return {
    issued: when(plan.issuedAt, timeZone, false),
    title: t.title(plan.clientName),
    from: t.from(from, kindLabel(session.kind) ?? session.kind, when(session.endedAt, timeZone, false)),
    ...(water ? { water: { today: t.waterToday(water), rest: t.waterRest } } : {}),
    askPhysician: t.askPhysician,
    ...(plan.physicianNote ? { physicianNote: physicianNoteWords(plan.physicianNote) } : {}),
    exercisesTitle: t.exercises,
    // Library exercises' words come as the plan holds them; the therapist's own stay as written.
    exercises: plan.exercises.map((e) => ({ id: e.id, ...exerciseWords(e), dose: doseSummary(e) })),
    doTitle: t.do,
    dontTitle: t.dont,
    ...(plan.nextAppointment === undefined ? {} : { next: { label: t.next, when: when(plan.nextAppointment, timeZone, true) } }),
    ...(plan.series ? { series: { label: t.series, text: t.seriesText(plan.series.sessions, plan.series.everyWeeks) } } : {}),
    contact: t.contact(`${from}${contact.trim() ? ` · ${contact.trim()}` : ''}`),
    scan: t.scan,
    shareTitle: t.shareTitle,
    shareText: t.shareText(therapist.name),
  };
}
