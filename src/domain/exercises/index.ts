/** Home exercises: the library, their checks, and which are due on a day. */
export { countdownLeft, type Countdown } from './countdown';
export { customExerciseId, type Exercise, EXERCISE_LIBRARY, findLibraryExercise } from './exerciseLibrary';
export { adherence, type Adherence, type ExerciseCheck, exercisesForDay, isDoneForToday, planEndDate, planStartDate, type ScheduledExercise, setsDoneOnDay } from './exerciseSchedule';
export { EXERCISE_LIMITS } from './exerciseValidation';
export {
  checkAfterSet, currentSet, describeSet, finishSet, type GuidedCue, type GuidedDay, guidedAnnouncement, type GuidedSession, type GuidedSet,
  type GuidedStep, planSitting, REST_SECONDS, runningCountdown, setPaused, sittingSummary, skipExercise, skipSet, startGuided, startHold, tick,
} from './guidedSession';
export { roundName } from './roundNames';
