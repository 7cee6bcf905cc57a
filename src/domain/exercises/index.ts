/** Home exercises: the library, their checks, their figures, the guided session, and which are due on a day. */
export { BODY_REGION_IDS, BODY_REGIONS, type BodyRegion, regionLabel, type Sides } from './bodyRegions';
export { countdownLeft, type Countdown } from './countdown';
export { customExerciseId, type Exercise, EXERCISE_LIBRARY, findLibraryExercise, type LibraryExercise, sidesOf } from './exerciseLibrary';
export { adherence, adherenceByExercise, type Adherence, type ExerciseCheck, exercisesForDay, isDoneForToday, planEndDate, planStartDate, type ScheduledExercise, setsDoneOnDay } from './exerciseSchedule';
export { EXERCISE_LIMITS } from '../limits/limits';
export { exerciseReminderTimes, inWakingDayOrder } from './exerciseTimes';
export { exerciseWords, type ExerciseWords, libraryWordsOf, type LibraryWordsTable, storedExerciseWords, withExerciseWords } from './exerciseWords';
export { PRAISE_FROM_FRACTION, planSummary, type PlanSummary } from './planSummary';
export { drawAnimatedFigure, drawStillFigure, figureAlt, figureFor, type FigureSpec, figureWords, type FigureWords, type SvgNode } from './figures';
export {
  checkAfterSet, currentSet, describeSet, finishSet, type GuidedCue, type GuidedDay, guidedAnnouncement, type GuidedSession, type GuidedSet,
  type GuidedStep, planSitting, REST_SECONDS, runningCountdown, setPaused, sittingSummary, skipExercise, skipSet, startGuided, startHold, tick,
} from './guidedSession';
export { searchLibrary } from './librarySearch';
export { roundName } from './roundNames';
