/** Home exercises: the library, their checks, and which are due on a day. */
export { customExerciseId, type Exercise, EXERCISE_LIBRARY, findLibraryExercise } from './exerciseLibrary';
export { adherence, type Adherence, type ExerciseCheck, exercisesForDay, isDoneForToday, planEndDate, planStartDate, type ScheduledExercise } from './exerciseSchedule';
export { EXERCISE_LIMITS } from './exerciseValidation';
export { PRAISE_FROM_FRACTION, planSummary, type PlanSummary } from './planSummary';
