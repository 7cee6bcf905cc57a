/**
 * A library of common post-massage self-care a therapist can assign as is, edit, or use as a
 * starting point, grouped by body region. Steps and cautions are our own plain words, kept by id in
 * the catalogue (i18n/en/exercises.ts, and each language's); this list holds the rest. The numbers
 * are starting defaults for the therapist to change, not a prescription: the plan the client sees
 * is always the therapist's.
 *
 * Share links name library exercises by id, so ids never change and the list only grows: the
 * original thirteen stay first, in their order, and the rest live by region in ./exercises/library/.
 */
import type { BodyRegion, Sides } from './bodyRegions';
import { ARMS_WRISTS } from './library/armsWrists';
import { BACK } from './library/back';
import { HIPS_LEGS_FEET } from './library/lowerBody';
import { NECK_SHOULDER_CHEST } from './library/upperBody';
import { STRETCH } from './library/doses';
import { exercises, type ExercisesMessages } from '../i18n/en/exercises';

export type { BodyRegion, Sides } from './bodyRegions';

/**
 * One home exercise. Exactly one of `reps` and `holdSeconds` is set.
 * `region`, `sides` and `figure` came later: a plan saved before them has none, so where they are
 * absent on a library exercise the library's own value holds (see sidesOf, and figureFor in
 * ./exercises/figures).
 */
export interface Exercise {
  /** A library id such as 'neck-side-bend', or 'custom-…' for one written from scratch. */
  id: string;
  name: string;
  steps: string[];
  cautions: string[];
  sets: number;
  reps?: number;
  holdSeconds?: number;
  timesPerDay: number;
  /** Days the exercise runs, counted from the session day (day 1). */
  durationDays: number;
  /** Where on the body it works; the therapist's picker groups the library by it. */
  region?: BodyRegion;
  /** One side at a time ('each', left then right) or not ('both'). */
  sides?: Sides;
  /** The library exercise whose illustration this one borrows (a custom exercise); else its own. */
  figure?: string;
}

/** Every library exercise says where it works and whether it is done one side at a time. */
export type LibraryExercise = Exercise & { region: BodyRegion; sides: Sides };

/** A library exercise before its words: the English words are added by id from the catalogue. */
export type LibraryEntry = Omit<LibraryExercise, 'name' | 'steps' | 'cautions'> & { id: LibraryId };
type LibraryId = keyof ExercisesMessages['library'];

const ORIGINAL_THIRTEEN: readonly LibraryEntry[] = [
  { id: 'neck-side-bend', region: 'neck', sides: 'each', ...STRETCH },
  { id: 'upper-trapezius-stretch', region: 'neck', sides: 'each', ...STRETCH },
  { id: 'doorway-chest-stretch', region: 'chest', sides: 'both', ...STRETCH },
  { id: 'chin-tuck', region: 'neck', sides: 'both', sets: 2, reps: 10, timesPerDay: 3, durationDays: 21 },
  { id: 'cat-cow', region: 'lower-back', sides: 'both', sets: 2, reps: 10, timesPerDay: 1, durationDays: 21 },
  { id: 'childs-pose', region: 'lower-back', sides: 'both', ...STRETCH, timesPerDay: 1 },
  { id: 'hip-flexor-lunge', region: 'hips', sides: 'each', ...STRETCH },
  { id: 'hamstring-stretch', region: 'legs', sides: 'each', ...STRETCH },
  { id: 'figure-four-stretch', region: 'hips', sides: 'each', ...STRETCH },
  { id: 'calf-stretch', region: 'legs', sides: 'each', ...STRETCH },
  { id: 'wrist-flexor-stretch', region: 'arms-wrists', sides: 'each', ...STRETCH, timesPerDay: 3 },
  { id: 'tennis-ball-release', region: 'upper-back', sides: 'both', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 14 },
  { id: 'foam-rolling', region: 'legs', sides: 'both', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 21 },
];

/** An entry with its English words, the ones plans store and links compare against. */
function withEnglish(entry: LibraryEntry): LibraryExercise {
  const { id, ...rest } = entry;
  const { name, steps, cautions } = exercises.library[id];
  // The fields in the order plans have always had them: a stored or compared plan stays byte for byte the same.
  return { id, name, ...rest, steps: [...steps], cautions: [...cautions] };
}

/** Every library exercise: the original thirteen first (their ids travel in old links), then the rest by region. */
export const EXERCISE_LIBRARY: readonly LibraryExercise[] = [...ORIGINAL_THIRTEEN, ...NECK_SHOULDER_CHEST, ...BACK, ...HIPS_LEGS_FEET, ...ARMS_WRISTS].map(withEnglish);

/** The library exercise with this id, if there is one. */
export function findLibraryExercise(id: string): LibraryExercise | undefined {
  return EXERCISE_LIBRARY.find((exercise) => exercise.id === id);
}

/** Whether an exercise is done one side at a time: its own say, else the library's, else not. */
export function sidesOf(exercise: Pick<Exercise, 'id' | 'sides'>): Sides {
  return exercise.sides ?? findLibraryExercise(exercise.id)?.sides ?? 'both';
}

/** A fresh id for an exercise written from scratch, never clashing with the library or the plan. */
export function customExerciseId(takenIds: readonly string[]): string {
  let number = 1;
  while (takenIds.includes(`custom-${number}`)) number += 1;
  return `custom-${number}`;
}
