/** The domain's public surface: pure data in, data out; no DOM, storage or signals. */
export {
  MASSAGE_KINDS,
  PRESSURES,
  isMassageKind,
  isPressure,
  needsPhysicianApproval,
  type MassageFamily,
  type MassageKind,
  type MassageKindInfo,
  type Pressure,
  type PressureInfo,
} from './sessionKinds';
export { DEFAULT_RULES, type GlassRange, type HydrationRules } from './rules';
export { DEFAULT_SETTINGS, type QuietPeriod, type Settings, type VolumeUnit } from './settings';
export {
  BEVERAGES,
  countsTowardGoal,
  findBeverage,
  type Beverage,
  type BeverageId,
  type NotCountingReason,
} from './beverages';
export { ML_PER_FL_OZ, formatVolume, fromMl, toMl } from './units';
export { type PlanReason } from './hydrationTarget';
export { nextReminder } from './nextReminder';
export {
  planHydration,
  type HydrationPlan,
  type PlanHydrationArgs,
  type SessionInput,
  type WaterReminder,
} from './hydrationPlan';
export {
  SESSION_LIMITS,
  SETTINGS_LIMITS,
  validateSession,
  validateSettings,
  type FieldErrors,
} from './validation';
export { countedGlasses, countedMl, progressFraction, type LoggedDrink } from './progress';
export { localDateOf, localInstant, parseClockTime, type LocalDate } from './wallClock';
export type { DrinkRecord, SessionRecord } from './records';
export { BACKUP_VERSION, checkBackup, makeBackup, readBackupText, type Backup, type BackupCheck } from './backupFormat';

// The therapist's plan: exercises, the plan and its share link, the client's schedule and reports.
// (Sample plans and link-length figures for `npm run bench` live in ./carePlanFigures, not here.)
export {
  EXERCISE_LIBRARY,
  customExerciseId,
  findLibraryExercise,
  sidesOf,
  type BodyRegion,
  type Exercise,
  type LibraryExercise,
  type Sides,
} from './exerciseLibrary';
export { BODY_REGIONS } from './exercises/bodyRegions';
export { EXERCISE_LIMITS, validateExercise } from './exerciseValidation';
export {
  CARE_PLAN_LIMITS,
  DEFAULT_PHYSICIAN_NOTE,
  validateCarePlan,
  type CarePlan,
  type CarePlanResult,
  type ValidateCarePlanOptions,
} from './carePlan';
export {
  MAX_LINK_LENGTH,
  carePlanLink,
  decodeCarePlan,
  encodeCarePlan,
  readPlanFragment,
  shareCarePlan,
  type DecodedPlan,
  type SharedPlan,
} from './carePlanCodec';
export { MAX_INFLATED_BYTES, MAX_PAYLOAD_CHARS } from './linkPayload';
export { plainText } from './plainText';
export { addIsoDays, daysBetween, isIsoDate, isoDateOf, type IsoDate } from './localDay';
export {
  PLAN_DAYS_WITHOUT_EXERCISES,
  adherence,
  exercisesForDay,
  isDoneForToday,
  planEndDate,
  planStartDate,
  setsDoneOnDay,
  type Adherence,
  type AdherenceFigure,
  type ExerciseCheck,
  type ScheduledExercise,
} from './exerciseSchedule';
export {
  CHECK_IN_TIMING,
  CONTACT_THERAPIST_MESSAGE,
  checkInAdvice,
  checkInSchedule,
  isCheckInScore,
  type CheckInAnswer,
  type CheckInFlags,
  type CheckInKind,
  type CheckInScheduleArgs,
  type CheckInScore,
  type ScheduledCheckIn,
} from './checkIns';
export { appointmentCountdown, type AppointmentCountdown } from './appointment';
export {
  REPORT_LIMITS,
  buildProgressReport,
  type BuildProgressReportArgs,
  type CheckInFlagName,
  type HydrationDay,
  type ProgressReport,
  type ReportedCheckIn,
} from './progressReport';
export { progressReportText } from './progressReportText';
export { validateProgressReport, type ProgressReportResult } from './progressReportSchema';
export {
  decodeProgressReport,
  encodeProgressReport,
  progressReportLink,
  readReportFragment,
  type DecodedReport,
} from './progressReportCodec';
