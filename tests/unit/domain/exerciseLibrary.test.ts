// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EXERCISE_LIBRARY, customExerciseId, findLibraryExercise } from '../../../src/domain/exercises/exerciseLibrary';
import { validateExercise } from '../../../src/domain/exercises/exerciseSchema';

const LISTED = [
  'neck-side-bend', 'upper-trapezius-stretch', 'doorway-chest-stretch', 'chin-tuck', 'cat-cow', 'childs-pose', 'hip-flexor-lunge',
  'hamstring-stretch', 'figure-four-stretch', 'calf-stretch', 'wrist-flexor-stretch', 'tennis-ball-release', 'foam-rolling',
];

describe('exercise library', () => {
  it('holds the 13 exercises from the issue, each once', () => {
    expect(EXERCISE_LIBRARY.map((exercise) => exercise.id)).toEqual(LISTED);
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
