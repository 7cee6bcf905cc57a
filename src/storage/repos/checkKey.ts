import type { ExerciseCheck } from '../../domain/exercises';

/** The key an exercise check-off is stored under: one record per care plan, exercise, day and round. */
export const checkKey = (c: ExerciseCheck): [string, string, string, number] => [c.carePlanId, c.exerciseId, c.localDate, c.round];
