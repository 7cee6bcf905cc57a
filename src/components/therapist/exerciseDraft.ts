/**
 * One exercise as the therapist edits it: multi-line text for steps and cautions, a reps-or-hold
 * switch that remembers both numbers, and a duration in days or weeks. `exerciseFromDraft` turns it
 * back into the domain's Exercise; validateCarePlan then checks it.
 */
import { exerciseWords, storedExerciseWords, type BodyRegion, type Exercise, type Sides } from '../../domain/exercises';
import { deskText } from '../../domain/i18n';

export type DoseKind = 'reps' | 'hold';
export type DurationUnit = 'days' | 'weeks';

export interface ExerciseDraft {
  id: string;
  /** From the library (checked in the picker) or written from scratch. */
  custom: boolean;
  name: string;
  /** One step per line. */
  steps: string;
  /** One caution per line. */
  cautions: string;
  sets: number;
  dose: DoseKind;
  reps: number;
  holdSeconds: number;
  timesPerDay: number;
  durationAmount: number;
  durationUnit: DurationUnit;
  /** Carried as the exercise had them (absent means "as the library says"); see Exercise. */
  region?: BodyRegion;
  sides?: Sides;
  /** A library id whose illustration this exercise shows. */
  figure?: string;
}

const DAYS_PER_WEEK = 7;

export function draftFromExercise(exercise: Exercise, custom = false): ExerciseDraft {
  const inWeeks = exercise.durationDays % DAYS_PER_WEEK === 0;
  // The therapist edits a library exercise in the desk's language (exerciseFromDraft turns it back).
  const words = exerciseWords(exercise);
  return {
    id: exercise.id,
    custom,
    name: words.name,
    steps: words.steps.join('\n'),
    cautions: words.cautions.join('\n'),
    sets: exercise.sets,
    dose: exercise.reps === undefined ? 'hold' : 'reps',
    reps: exercise.reps ?? 10,
    holdSeconds: exercise.holdSeconds ?? 30,
    timesPerDay: exercise.timesPerDay,
    durationAmount: inWeeks ? exercise.durationDays / DAYS_PER_WEEK : exercise.durationDays,
    durationUnit: inWeeks ? 'weeks' : 'days',
    ...extrasOf(exercise),
  };
}

/** Only the extras that are set, so an exercise comes back exactly as it went in. */
function extrasOf({ region, sides, figure }: Pick<Exercise, 'region' | 'sides' | 'figure'>): Pick<Exercise, 'region' | 'sides' | 'figure'> {
  return { ...(region ? { region } : {}), ...(sides ? { sides } : {}), ...(figure ? { figure } : {}) };
}

/** A blank exercise written from scratch: the numbers start at common values, the words are the therapist's. */
export function newCustomDraft(id: string): ExerciseDraft {
  return {
    id, custom: true, name: '', steps: '', cautions: '',
    sets: 2, dose: 'reps', reps: 10, holdSeconds: 30, timesPerDay: 1, durationAmount: 2, durationUnit: 'weeks',
  };
}

/** Lines of a text area; blank lines are left for the domain to drop. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

export function exerciseFromDraft(draft: ExerciseDraft): Exercise {
  const dose = draft.dose === 'reps' ? { reps: draft.reps } : { holdSeconds: draft.holdSeconds };
  // Library lines still as the library words them go back to its English, so an unchanged library
  // exercise travels as its id and reaches the client in the client's language.
  const words = storedExerciseWords({ id: draft.id, name: draft.name, steps: lines(draft.steps), cautions: lines(draft.cautions) });
  return {
    id: draft.id,
    ...words,
    sets: draft.sets,
    ...dose,
    timesPerDay: draft.timesPerDay,
    durationDays: draft.durationUnit === 'weeks' ? draft.durationAmount * DAYS_PER_WEEK : draft.durationAmount,
    ...extrasOf(draft),
  };
}

/** A draft's name as the desk shows it now: a library name in the desk's language, whichever it was picked in. */
export function draftName(draft: ExerciseDraft): string {
  return exerciseWords(exerciseFromDraft(draft)).name.trim();
}

/** "2 sets × hold 30 s, twice a day, for 3 weeks": the editor's summary line and the handout's. */
export function doseSummary(exercise: Exercise): string {
  const { sets, reps, holdSeconds, timesPerDay, durationDays: days } = exercise;
  const span = days % DAYS_PER_WEEK === 0 ? { weeks: days / DAYS_PER_WEEK } : { days };
  return deskText().dose({ sets, ...(reps === undefined ? { holdSeconds: holdSeconds ?? 0 } : { reps }), timesPerDay, ...span });
}
