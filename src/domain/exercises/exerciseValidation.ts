/** Checks one home exercise from a form or a link against the plan's limits. */
import { isBodyRegion, isSides } from './bodyRegions';
import { isAbsent, isRecord, readText, readTextList, readWholeNumber } from '../checks/fieldChecks';
import type { Exercise } from './exerciseLibrary';

export const EXERCISE_LIMITS = {
  nameChars: 80,
  steps: { minItems: 1, maxItems: 12, maxChars: 300 },
  cautions: { minItems: 0, maxItems: 6, maxChars: 300 },
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 100 },
  holdSeconds: { min: 5, max: 600 },
  timesPerDay: { min: 1, max: 6 },
  durationDays: { min: 1, max: 180 },
} as const;

/** Library ids and custom ids alike: short, lowercase, safe inside a storage key. */
const EXERCISE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Reps or a hold time, never both and never neither. */
function readDose(input: Record<string, unknown>, label: string, errors: string[]) {
  const hasReps = !isAbsent(input.reps);
  const hasHold = !isAbsent(input.holdSeconds);
  if (hasReps === hasHold) {
    errors.push(hasReps ? `Give ${label} either a number of reps or a hold time, not both.` : `Give ${label} a number of reps or a hold time.`);
    return undefined;
  }
  if (hasReps) {
    const reps = readWholeNumber(input.reps, `the reps of ${label}`, EXERCISE_LIMITS.reps, errors);
    return reps === undefined ? undefined : { reps };
  }
  const holdSeconds = readWholeNumber(input.holdSeconds, `the hold time in seconds of ${label}`, EXERCISE_LIMITS.holdSeconds, errors);
  return holdSeconds === undefined ? undefined : { holdSeconds };
}

/**
 * Region, sides and borrowed figure: each optional, and only kept when given. A figure is checked
 * as an id, not against this app's library, so a plan borrowing a drawing added in a later version
 * still opens here (without that picture) instead of being refused.
 */
function readExtras(input: Record<string, unknown>, position: number, errors: string[]): Pick<Exercise, 'region' | 'sides' | 'figure'> {
  const extras: Pick<Exercise, 'region' | 'sides' | 'figure'> = {};
  if (isBodyRegion(input.region)) extras.region = input.region;
  else if (!isAbsent(input.region)) errors.push(`Exercise ${position} names a body region this app doesn't know.`);
  if (isSides(input.sides)) extras.sides = input.sides;
  else if (!isAbsent(input.sides)) errors.push(`Exercise ${position} must say whether it is done one side at a time.`);
  if (typeof input.figure === 'string' && EXERCISE_ID.test(input.figure)) extras.figure = input.figure;
  else if (!isAbsent(input.figure)) errors.push(`Exercise ${position} names an illustration that is not valid.`);
  return extras;
}

/** `position` is 1-based and only names the exercise in messages ("exercise 3"). */
export function validateExercise(input: unknown, position: number, errors: string[]): Exercise | undefined {
  const label = `exercise ${position}`;
  if (!isRecord(input)) {
    errors.push(`Exercise ${position} is not a valid exercise.`);
    return undefined;
  }
  const before = errors.length;
  if (typeof input.id !== 'string' || !EXERCISE_ID.test(input.id)) errors.push(`Exercise ${position} has no valid id.`);
  const name = readText(input.name, `the name of ${label}`, EXERCISE_LIMITS.nameChars, errors);
  const steps = readTextList(input.steps, `the steps of ${label}`, (n) => `step ${n} of ${label}`, EXERCISE_LIMITS.steps, errors);
  const cautions = readTextList(input.cautions, `the cautions of ${label}`, (n) => `caution ${n} of ${label}`, EXERCISE_LIMITS.cautions, errors);
  const sets = readWholeNumber(input.sets, `the sets of ${label}`, EXERCISE_LIMITS.sets, errors);
  const dose = readDose(input, label, errors);
  const timesPerDay = readWholeNumber(input.timesPerDay, `the times a day of ${label}`, EXERCISE_LIMITS.timesPerDay, errors);
  const durationDays = readWholeNumber(input.durationDays, `the number of days of ${label}`, EXERCISE_LIMITS.durationDays, errors);
  const extras = readExtras(input, position, errors);
  if (errors.length > before || name === undefined || sets === undefined || !dose) return undefined;
  if (timesPerDay === undefined || durationDays === undefined) return undefined;
  return { id: input.id as string, name, steps, cautions, sets, ...dose, timesPerDay, durationDays, ...extras };
}

/** Ids must be unique: check-offs and check-ins refer to an exercise by its id. */
export function validateExercises(input: unknown, maxExercises: number, errors: string[]): Exercise[] {
  if (isAbsent(input)) return [];
  if (!Array.isArray(input)) {
    errors.push('The exercises must be a list.');
    return [];
  }
  if (input.length > maxExercises) {
    errors.push(`A plan can hold at most ${maxExercises} exercises; this one has ${input.length}.`);
    return [];
  }
  const exercises: Exercise[] = [];
  for (const [index, item] of input.entries()) {
    const exercise = validateExercise(item, index + 1, errors);
    if (!exercise) continue;
    if (exercises.some((other) => other.id === exercise.id)) {
      errors.push(`Exercise ${index + 1} (${exercise.name}) is in the plan twice.`);
    } else exercises.push(exercise);
  }
  return exercises;
}
