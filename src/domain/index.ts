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
