/**
 * The checks on home exercises, from the therapist's form, a share link or a backup. Messages name
 * the exercise by its position in the plan ("exercise 3"), filled in from the issue's path. Messages
 * written here are drawn from the catalogue when a check fails, so they are in the active language;
 * the field names handed to schemaParts (`the name of exercise 3`) are still English, because
 * schemaParts glues them into English sentences.
 */
import * as v from 'valibot';
import { isAbsent } from '../checks/jsonGuards';
import { checked, messagesOf, optionalField, text, textList, wholeNumber } from '../checks/schemaParts';
import { isBodyRegion, isSides } from './bodyRegions';
import type { Exercise } from './exerciseLibrary';
import { EXERCISE_LIMITS } from '../limits/limits';
import { exercisePlanText } from '../i18n/en/exercisePlan';

/** Library ids and custom ids alike: short, lowercase, safe inside a storage key. */
const EXERCISE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const t = () => exercisePlanText().checks;
/** Field names in the reader's language, for the sentences in i18n/<lang>/checks.ts. */
const f = () => exercisePlanText().fields;

/** Whether `value` could be an exercise's id. */
export function isExerciseId(value: unknown): value is string {
  return typeof value === 'string' && EXERCISE_ID.test(value);
}

type Dose = Pick<Exercise, 'reps' | 'holdSeconds'>;

/** Reps or a hold time, never both and never neither. */
function doseMessage(dose: Dose): string {
  return dose.reps === undefined ? t().repsOrHold : t().notBoth;
}

/** One exercise; the dose is checked once both of its fields are. */
export const exerciseSchema = v.pipe(
  v.object({
    id: checked(isExerciseId, () => t().invalidId),
    name: text(() => f().name, EXERCISE_LIMITS.nameChars),
    steps: textList(() => f().steps, () => f().step, EXERCISE_LIMITS.steps),
    cautions: textList(() => f().cautions, () => f().caution, EXERCISE_LIMITS.cautions),
    sets: wholeNumber(() => f().sets, EXERCISE_LIMITS.sets),
    reps: optionalField(wholeNumber(() => f().reps, EXERCISE_LIMITS.reps)),
    holdSeconds: optionalField(wholeNumber(() => f().holdSeconds, EXERCISE_LIMITS.holdSeconds)),
    timesPerDay: wholeNumber(() => f().timesPerDay, EXERCISE_LIMITS.timesPerDay),
    durationDays: wholeNumber(() => f().durationDays, EXERCISE_LIMITS.durationDays),
    // Region, sides and a borrowed figure came later: each optional, kept only when given. A figure
    // is checked as an id, not against this app's library, so a plan borrowing a drawing added in a
    // later version still opens here (without that picture) instead of being refused.
    region: optionalField(checked(isBodyRegion, () => t().unknownRegion)),
    sides: optionalField(checked(isSides, () => t().sidesMissing)),
    figure: optionalField(checked(isExerciseId, () => t().invalidFigure)),
  }, () => t().notAnExercise),
  v.partialCheck([['reps'], ['holdSeconds']], (dose) => (dose.reps === undefined) !== (dose.holdSeconds === undefined),
    (issue) => doseMessage(issue.input as Dose)),
  v.transform(({ reps, holdSeconds, region, sides, figure, ...rest }): Exercise => ({
    ...rest,
    ...(reps === undefined ? { holdSeconds } : { reps }),
    ...(region === undefined ? {} : { region }),
    ...(sides === undefined ? {} : { sides }),
    ...(figure === undefined ? {} : { figure }),
  })),
);

function repeatedAt(exercises: readonly Exercise[]): number {
  return exercises.findIndex((exercise, index) => exercises.findIndex((other) => other.id === exercise.id) < index);
}

/** The plan's exercises: none when absent, at most `maxExercises`, each id once (check-offs refer to it). */
export function exerciseList(maxExercises: number) {
  return v.pipe(
    checked((value): value is unknown[] | null | undefined => isAbsent(value) || Array.isArray(value), () => t().notAList),
    v.transform((value) => value ?? []),
    v.maxLength(maxExercises, (issue) => t().tooMany(maxExercises, issue.received)),
    v.array(exerciseSchema),
    v.check((exercises) => repeatedAt(exercises) < 0, (issue) => {
      const exercises = issue.input as Exercise[];
      const at = repeatedAt(exercises);
      return t().twice(at + 1, exercises[at]?.name ?? '');
    }),
  );
}

/**
 * Checks one exercise on its own; `position` (1-based) names it in messages ("exercise 3"),
 * which are pushed onto `errors`. Returns the clean exercise, or undefined.
 */
export function validateExercise(input: unknown, position: number, errors: string[]): Exercise | undefined {
  const result = v.safeParse(exerciseSchema, input);
  if (result.success) return result.output;
  errors.push(...messagesOf(result.issues, { exercises: position }));
  return undefined;
}
