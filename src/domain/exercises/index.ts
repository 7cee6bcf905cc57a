/** Home exercises: the library, their checks, their figures, and which are due on a day. */
export { BODY_REGIONS, type BodyRegion, type Sides } from './bodyRegions';
export { customExerciseId, type Exercise, EXERCISE_LIBRARY, findLibraryExercise, type LibraryExercise, sidesOf } from './exerciseLibrary';
export { adherence, type Adherence, type ExerciseCheck, exercisesForDay, isDoneForToday, planEndDate, planStartDate, type ScheduledExercise } from './exerciseSchedule';
export { EXERCISE_LIMITS } from './exerciseValidation';
export { drawAnimatedFigure, drawStillFigure, figureAlt, figureFor, type FigureSpec, type SvgNode } from './figures';
