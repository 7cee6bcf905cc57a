/**
 * Structural checks for records that come from outside the app (a backup file), so nothing
 * malformed ever reaches storage. Each message is the problem as a phrase ("has no valid id");
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
  id: checked(isText(RECORD_LIMITS.derivedIdChars), 'one of its reminders is not valid'),
  at: checked(isStoredInstant, 'one of its reminders is not valid'),
  glassNumber: checked(isCount(glassesInAPlan), 'one of its reminders is not valid'),
  nextMorning: checked(isBoolean, 'one of its reminders is not valid'),
}, 'one of its reminders is not valid');

const hydrationPlan = v.looseObject({
  day: checked(isIsoDate, 'its day is not valid'),
  range: v.pipe(
    v.looseObject({ min: checked(isCount(glassesInAPlan), 'its glass range is not valid'), max: checked(isCount(glassesInAPlan), 'its glass range is not valid') },
      'its glass range is not valid'),
    v.check((range) => range.min <= range.max, 'its glass range is not valid'),
  ),
  goalGlasses: checked(isCount(glassesInAPlan), 'its goal is not valid'),
  timeZone: checked((value): value is string => typeof value === 'string' && isValidTimeZone(value), 'its time zone is unknown'),
  startsAt: checked(isStoredInstant, 'its times are not valid'),
  dueBy: checked(isStoredInstant, 'its times are not valid'),
  reasons: checked((value): value is string[] => Array.isArray(value) && value.every((reason) => typeof reason === 'string'), 'its reasons are not valid'),
  physicianApproval: checked(isBoolean, 'its flags are not valid'),
  dueNextDay: checked(isBoolean, 'its flags are not valid'),
  reminders: v.pipe(checked(Array.isArray, 'its reminders are not valid'), v.maxLength(glassesInAPlan, 'its reminders are not valid'), v.array(reminder)),
}, 'its plan is missing');

const sessionRecord = v.looseObject({
  id: checked(isRecordId, 'has no valid id'),
  createdAt: checked(isStoredInstant, 'has no valid date'),
  glassMl: checked((value): value is number => isNumberIn(value, SETTINGS_LIMITS.glassMl), 'has an impossible glass size'),
  session: field(v.looseObject({
    kind: checked(isMassageKind, 'has an unknown kind of massage'),
    pressure: checked(isPressure, 'has an unknown pressure'),
    usualGlassesPerDay: checked((value): value is number => isWholeNumberIn(value, SESSION_LIMITS.usualGlassesPerDay), 'has an impossible usual water intake'),
    endedAt: checked(isStoredInstant, 'has no valid session time'),
  }, 'has no session details')),
  plan: field(hydrationPlan),
  carePlanId: v.optional(checked(isRecordId, 'has no valid plan id')),
}, 'is not a session');

const drinkRecord = v.looseObject({
  id: checked(isRecordId, 'has no valid id'),
  // Only while a plan was current (v4); otherwise the drink is its day's own log.
  sessionId: v.optional(checked(isRecordId, 'has no valid id')),
  day: checked(isIsoDate, 'has no valid day'),
  at: checked(isStoredInstant, 'has no valid time'),
  beverage: checked((value): value is BeverageId => BEVERAGES.some((beverage) => beverage.id === value), 'is an unknown drink'),
  volumeMl: checked((value): value is number => isNumberIn(value, RECORD_LIMITS.drinkMl), 'has an impossible amount'),
}, 'is not a drink');

/** The stored plan passes the same gate as a new one, dated when it was accepted. */
const carePlanRecord = v.pipe(
  v.looseObject({
    id: checked(isRecordId, 'has no valid id or date'),
    acceptedAt: checked(isStoredInstant, 'has no valid id or date'),
    plan: v.optional(v.unknown()),
  }, 'has no valid id or date'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { id, acceptedAt, plan } = dataset.value;
    const checked = validateCarePlan(plan, acceptedAt, { allowPastAppointment: true });
    if (!checked.ok) addIssue({ message: `is not a valid plan (${checked.errors[0]})` });
    else if (checked.plan.id !== id) addIssue({ message: 'does not match its id' });
    else if (!areAppointmentChanges(dataset.value.appointmentChanges, checked.plan.series?.sessions ?? 1)) {
      addIssue({ message: 'has appointment changes that are not valid' });
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
  carePlanId: checked(isRecordId, 'has no valid ids'),
  exerciseId: checked(isText(RECORD_LIMITS.idChars), 'has no valid ids'),
  localDate: checked(isIsoDate, 'has no valid date'),
  round: checked(isCount(EXERCISE_LIMITS.timesPerDay.max), 'has impossible counts'),
  setsDone: checked(isCount(EXERCISE_LIMITS.sets.max), 'has impossible counts'),
}, 'has no valid ids');

const checkInRecord = v.looseObject({
  carePlanId: checked(isRecordId, 'has no valid ids'),
  checkInId: checked(isText(RECORD_LIMITS.derivedIdChars), 'has no valid ids'),
  kind: checked((value): value is CheckInKind => CHECK_IN_KINDS.includes(value as CheckInKind), 'is not a valid check-in'),
  answeredAt: checked(isStoredInstant, 'is not a valid check-in'),
  scores: checked(isRecordOf(CHECK_IN_SCORES, isCheckInScore), 'has scores outside 0–10'),
  flags: v.optional(checked(isRecordOf(CHECK_IN_FLAGS, isBoolean), 'has unknown answers')),
}, 'has no valid ids');

/** The schema for each list of a backup, by the list's key. */
export const RECORD_SCHEMAS: Readonly<Record<string, Schema<unknown>>> = {
  sessions: sessionRecord,
  drinks: drinkRecord,
  carePlans: carePlanRecord,
  exerciseChecks: exerciseCheckRecord,
  checkIns: checkInRecord,
};
