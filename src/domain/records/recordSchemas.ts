/**
 * Structural checks for records that come from outside the app (a backup file), so nothing
 * malformed ever reaches storage. Each message is the problem as a phrase ("has no valid id",
 * i18n/en/backup.ts `problem`);
 * the backup names the record ("The session at position 3 …"). Checked with abortEarly: the first
 * problem is the one reported. Objects are loose: a record is kept as it was read, so the checks
 * only look and never drop or change a field. The numbers a form sets come from that form's limits.
 */
import * as v from 'valibot';
import { validateCarePlan } from '../carePlan/carePlan';
import { CHECK_IN_FLAGS, CHECK_IN_KINDS, CHECK_IN_SCORES, isCheckInScore, type CheckInKind } from '../checkIns/checkIns';
import { isNumberIn, isRecord, isWholeNumberIn } from '../checks/jsonGuards';
import { checked, field, type Schema } from '../checks/schemaParts';
import { EXERCISE_LIMITS, RECORD_LIMITS, SESSION_LIMITS, SETTINGS_LIMITS } from '../limits/limits';
import { BEVERAGES, type BeverageId } from '../hydration/beverages';
import { isMassageKind, isPressure } from '../session/sessionKinds';
import { isIsoDate } from '../time/localDay';
import { isValidTimeZone } from '../time/wallClock';
import { backupText, type BackupMessages } from '../i18n/en/backup';

type Problem = Exclude<keyof BackupMessages['problem'], 'invalidPlan'>;

/** A problem as a message valibot reads when a check fails, so in the language of that moment. */
const say = (problem: Problem) => () => backupText().problem[problem];

const ID = new RegExp(`^[A-Za-z0-9:_-]{1,${RECORD_LIMITS.idChars}}$`);

/** An id the app could have made: short, and safe inside a storage key. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

const isStoredInstant = (value: unknown): value is number => isNumberIn(value, RECORD_LIMITS.instants);
const isText = (max: number) => (value: unknown): value is string => typeof value === 'string' && value.length <= max;
const isCount = (max: number) => (value: unknown): value is number => isWholeNumberIn(value, { min: 0, max });
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const { glassesInAPlan } = RECORD_LIMITS;

/** Every key of a plain object is one of `names` and passes `isValue`. */
function isRecordOf(names: readonly string[], isValue: (value: unknown) => boolean) {
  return (value: unknown): value is Record<string, unknown> =>
    isRecord(value) && Object.entries(value).every(([name, item]) => names.includes(name) && isValue(item));
}

const reminder = v.looseObject({
  id: checked(isText(RECORD_LIMITS.derivedIdChars), say('badReminder')),
  at: checked(isStoredInstant, say('badReminder')),
  glassNumber: checked(isCount(glassesInAPlan), say('badReminder')),
  nextMorning: checked(isBoolean, say('badReminder')),
}, say('badReminder'));

const hydrationPlan = v.looseObject({
  day: checked(isIsoDate, say('badDay')),
  range: v.pipe(
    v.looseObject({ min: checked(isCount(glassesInAPlan), say('badGlassRange')), max: checked(isCount(glassesInAPlan), say('badGlassRange')) },
      say('badGlassRange')),
    v.check((range) => range.min <= range.max, say('badGlassRange')),
  ),
  goalGlasses: checked(isCount(glassesInAPlan), say('badGoal')),
  timeZone: checked((value): value is string => typeof value === 'string' && isValidTimeZone(value), say('unknownTimeZone')),
  startsAt: checked(isStoredInstant, say('badTimes')),
  dueBy: checked(isStoredInstant, say('badTimes')),
  reasons: checked((value): value is string[] => Array.isArray(value) && value.every((reason) => typeof reason === 'string'), say('badReasons')),
  physicianApproval: checked(isBoolean, say('badFlags')),
  dueNextDay: checked(isBoolean, say('badFlags')),
  reminders: v.pipe(checked(Array.isArray, say('badReminders')), v.maxLength(glassesInAPlan, say('badReminders')), v.array(reminder)),
}, say('noPlan'));

const sessionRecord = v.looseObject({
  id: checked(isRecordId, say('noId')),
  createdAt: checked(isStoredInstant, say('noDate')),
  glassMl: checked((value): value is number => isNumberIn(value, SETTINGS_LIMITS.glassMl), say('badGlassSize')),
  session: field(v.looseObject({
    kind: checked(isMassageKind, say('unknownMassage')),
    pressure: checked(isPressure, say('unknownPressure')),
    usualGlassesPerDay: checked((value): value is number => isWholeNumberIn(value, SESSION_LIMITS.usualGlassesPerDay), say('badUsualIntake')),
    endedAt: checked(isStoredInstant, say('noSessionTime')),
  }, say('noSessionDetails'))),
  plan: field(hydrationPlan),
  carePlanId: v.optional(checked(isRecordId, say('noPlanId'))),
}, say('notASession'));

const drinkRecord = v.looseObject({
  id: checked(isRecordId, say('noId')),
  // Only while a plan was current (v4); otherwise the drink is its day's own log.
  sessionId: v.optional(checked(isRecordId, say('noId'))),
  day: checked(isIsoDate, say('noDay')),
  at: checked(isStoredInstant, say('noTime')),
  beverage: checked((value): value is BeverageId => BEVERAGES.some((beverage) => beverage.id === value), say('unknownDrink')),
  volumeMl: checked((value): value is number => isNumberIn(value, RECORD_LIMITS.drinkMl), say('badAmount')),
}, say('notADrink'));

/** The stored plan passes the same gate as a new one, dated when it was accepted. */
const carePlanRecord = v.pipe(
  v.looseObject({
    id: checked(isRecordId, say('noIdOrDate')),
    acceptedAt: checked(isStoredInstant, say('noIdOrDate')),
    plan: v.optional(v.unknown()),
  }, say('noIdOrDate')),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { id, acceptedAt, plan } = dataset.value;
    const checked = validateCarePlan(plan, acceptedAt, { allowPastAppointment: true });
    if (!checked.ok) addIssue({ message: backupText().problem.invalidPlan(checked.errors[0] ?? '') });
    else if (checked.plan.id !== id) addIssue({ message: backupText().problem.idMismatch });
    else if (!areAppointmentChanges(dataset.value.appointmentChanges, checked.plan.series?.sessions ?? 1)) {
      addIssue({ message: backupText().problem.badAppointmentChanges });
    }
  }),
);

/** What the client said about the series' appointments (v4): one entry per appointment at most. */
function areAppointmentChanges(changes: unknown, count: number): boolean {
  if (changes === undefined) return true;
  const valid = (c: unknown) => isRecord(c) && isCount(count - 1)(c.index) && (c.movedTo === undefined || isStoredInstant(c.movedTo))
    && (c.cancelled === undefined || isBoolean(c.cancelled));
  return Array.isArray(changes) && changes.length <= count && changes.every(valid);
}

const exerciseCheckRecord = v.looseObject({
  carePlanId: checked(isRecordId, say('noIds')),
  exerciseId: checked(isText(RECORD_LIMITS.idChars), say('noIds')),
  localDate: checked(isIsoDate, say('noDate')),
  round: checked(isCount(EXERCISE_LIMITS.timesPerDay.max), say('badCounts')),
  setsDone: checked(isCount(EXERCISE_LIMITS.sets.max), say('badCounts')),
}, say('noIds'));

const checkInRecord = v.looseObject({
  carePlanId: checked(isRecordId, say('noIds')),
  checkInId: checked(isText(RECORD_LIMITS.derivedIdChars), say('noIds')),
  kind: checked((value): value is CheckInKind => CHECK_IN_KINDS.includes(value as CheckInKind), say('notACheckIn')),
  answeredAt: checked(isStoredInstant, say('notACheckIn')),
  scores: checked(isRecordOf(CHECK_IN_SCORES, isCheckInScore), say('badScores')),
  flags: v.optional(checked(isRecordOf(CHECK_IN_FLAGS, isBoolean), say('unknownAnswers'))),
}, say('noIds'));

/** The schema for each list of a backup, by the list's key. */
export const RECORD_SCHEMAS: Readonly<Record<string, Schema<unknown>>> = {
  sessions: sessionRecord,
  drinks: drinkRecord,
  carePlans: carePlanRecord,
  exerciseChecks: exerciseCheckRecord,
  checkIns: checkInRecord,
};
