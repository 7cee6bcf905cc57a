// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EXERCISE_LIBRARY, customExerciseId, findLibraryExercise, sidesOf } from '../../../src/domain/exercises/exerciseLibrary';
import { validateExercise } from '../../../src/domain/exercises/exerciseSchema';
import { EXERCISE_LIMITS } from '../../../src/domain/limits/limits';
import { BODY_REGIONS } from '../../../src/domain/exercises/bodyRegions';

const LISTED = [
  'neck-side-bend', 'upper-trapezius-stretch', 'doorway-chest-stretch', 'chin-tuck', 'cat-cow', 'childs-pose', 'hip-flexor-lunge',
  'hamstring-stretch', 'figure-four-stretch', 'calf-stretch', 'wrist-flexor-stretch', 'tennis-ball-release', 'foam-rolling',
];

/** Issue 12's additions. Share links name library exercises by id, so the list only ever grows at the end. */
const ADDED = [
  'chin-to-chest-stretch', 'cross-body-shoulder-stretch', 'wall-angel', 'pendulum-swing', 'clasped-hands-chest-opener', 'ball-chest-release',
  'scapular-squeeze', 'foam-roller-upper-back', 'seated-upper-back-stretch', 'knees-to-chest', 'standing-back-extension',
  'glute-bridge', 'butterfly-stretch', 'standing-quad-stretch', 'heel-raise', 'ankle-circles', 'foot-ball-roll', 'towel-foot-stretch',
  'triceps-stretch', 'prayer-stretch',
];

describe('exercise library', () => {
  it('holds the 13 exercises from the issue, each once, first and in their order, then the later ones', () => {
    expect(EXERCISE_LIBRARY.slice(0, LISTED.length).map((exercise) => exercise.id)).toEqual(LISTED);
    expect(EXERCISE_LIBRARY.map((exercise) => exercise.id)).toEqual([...LISTED, ...ADDED]);
    expect(new Set(EXERCISE_LIBRARY.map((exercise) => exercise.id)).size).toBe(EXERCISE_LIBRARY.length);
  });

  it('has at least 30 exercises, at least two in every body region, each saying whether it is done one side at a time', () => {
    expect(EXERCISE_LIBRARY.length).toBeGreaterThanOrEqual(30);
    for (const region of BODY_REGIONS) {
      expect(EXERCISE_LIBRARY.filter((exercise) => exercise.region === region.id).length, region.label).toBeGreaterThanOrEqual(2);
    }
    for (const exercise of EXERCISE_LIBRARY) expect(['each', 'both']).toContain(exercise.sides);
    expect(findLibraryExercise('calf-stretch')?.sides).toBe('each');
    expect(findLibraryExercise('cat-cow')?.sides).toBe('both');
  });

  it('reads sides from the exercise, else from the library (plans saved before sides existed), else both', () => {
    const { sides: _, ...savedBefore } = findLibraryExercise('hamstring-stretch')!;
    expect(sidesOf(savedBefore)).toBe('each');
    expect(sidesOf({ ...savedBefore, sides: 'both' })).toBe('both');
    expect(sidesOf({ ...savedBefore, id: 'custom-1' })).toBe('both');
    expect(sidesOf({ ...savedBefore, id: 'custom-1', sides: 'each' })).toBe('each');
  });

  it('keeps names and ids short and every step and caution within the plan limits', () => {
    for (const exercise of EXERCISE_LIBRARY) {
      expect(exercise.id).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
      expect(exercise.name.length).toBeLessThanOrEqual(EXERCISE_LIMITS.nameChars);
    }
  });

  it.each(EXERCISE_LIBRARY.map((exercise) => [exercise.name, exercise] as const))('%s passes the plan limits unchanged', (_, exercise) => {
    const errors: string[] = [];
    expect(validateExercise(exercise, 1, errors)).toEqual(exercise);
    expect(errors).toEqual([]);
  });

  it('tells the client to stop on sharp pain, numbness or tingling in every exercise', () => {
    for (const exercise of EXERCISE_LIBRARY) {
      expect(exercise.cautions.some((caution) => /sharp pain, numbness or tingling/.test(caution))).toBe(true);
      expect(exercise.steps.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('finds exercises by id and makes custom ids that clash with nothing', () => {
    expect(findLibraryExercise('chin-tuck')?.reps).toBe(10);
    expect(findLibraryExercise('custom-1')).toBeUndefined();
    expect(customExerciseId(['custom-1', 'custom-2', 'chin-tuck'])).toBe('custom-3');
    expect(customExerciseId([])).toBe('custom-1');
  });
});
