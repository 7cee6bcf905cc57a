/**
 * Structural checks for records that come from outside the app (a backup file), so nothing
 * malformed ever reaches storage. Each returns a plain-English problem, or undefined when fine.
 */
import { BEVERAGES } from '../hydration/beverages';
import { validateCarePlan } from '../carePlan/carePlan';
import { isCheckInScore } from '../checkIns/checkIns';
import { isIsoDate } from '../time/localDay';
import { isMassageKind, isPressure } from '../session/sessionKinds';
import { isValidTimeZone } from '../time/wallClock';

const ID = /^[A-Za-z0-9:_-]{1,100}$/;
const EARLIEST = Date.UTC(2020, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInstant = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= EARLIEST && v <= LATEST;
const isCount = (v: unknown, max: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
/** True for a record id we could have made (UUID-like, no spaces, bounded length). */
export const isRecordId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);

function planProblem(plan: unknown): string | undefined {
  if (!isBag(plan)) return 'its plan is missing';
  const range = plan.range as Bag | undefined;
  if (!isBag(range) || !isCount(range.min, 30) || !isCount(range.max, 30) || range.min > range.max) return 'its glass range is not valid';
  if (!isCount(plan.goalGlasses, 30)) return 'its goal is not valid';
  if (!isIsoDate(plan.day)) return 'its day is not valid';
  if (typeof plan.timeZone !== 'string' || !isValidTimeZone(plan.timeZone)) return 'its time zone is unknown';
  if (!isInstant(plan.startsAt) || !isInstant(plan.dueBy)) return 'its times are not valid';
  if (!Array.isArray(plan.reasons) || !plan.reasons.every((r) => typeof r === 'string')) return 'its reasons are not valid';
  if (typeof plan.physicianApproval !== 'boolean' || typeof plan.dueNextDay !== 'boolean') return 'its flags are not valid';
  if (!Array.isArray(plan.reminders) || plan.reminders.length > 30) return 'its reminders are not valid';
  const reminderOk = (r: unknown) => isBag(r) && typeof r.id === 'string' && r.id.length <= 140 && isInstant(r.at) && isCount(r.glassNumber, 30) && typeof r.nextMorning === 'boolean';
  return plan.reminders.every(reminderOk) ? undefined : 'one of its reminders is not valid';
}

/** What is wrong with a stored or imported session record, or undefined when it is sound. */
export function sessionRecordProblem(value: unknown): string | undefined {
  if (!isBag(value)) return 'is not a session';
  if (!isRecordId(value.id)) return 'has no valid id';
  if (!isInstant(value.createdAt)) return 'has no valid date';
  if (typeof value.glassMl !== 'number' || !(value.glassMl >= 50 && value.glassMl <= 1000)) return 'has an impossible glass size';
  const session = value.session;
  if (!isBag(session)) return 'has no session details';
  if (!isMassageKind(session.kind)) return 'has an unknown kind of massage';
  if (!isPressure(session.pressure)) return 'has an unknown pressure';
  if (!Number.isInteger(session.usualGlassesPerDay) || (session.usualGlassesPerDay as number) < 1 || (session.usualGlassesPerDay as number) > 30) return 'has an impossible usual water intake';
  if (!isInstant(session.endedAt)) return 'has no valid session time';
  if (value.carePlanId !== undefined && !isRecordId(value.carePlanId)) return 'has no valid plan id';
  return planProblem(value.plan);
}

/** What is wrong with a stored or imported drink record, or undefined when it is sound. */
export function drinkRecordProblem(value: unknown): string | undefined {
  if (!isBag(value)) return 'is not a drink';
  if (!isRecordId(value.id) || (value.sessionId !== undefined && !isRecordId(value.sessionId))) return 'has no valid id';
  if (!isIsoDate(value.day)) return 'has no valid day';
  if (!isInstant(value.at)) return 'has no valid time';
  if (!BEVERAGES.some((b) => b.id === value.beverage)) return 'is an unknown drink';
  if (typeof value.volumeMl !== 'number' || !(value.volumeMl >= 1 && value.volumeMl <= 5000)) return 'has an impossible amount';
  return undefined;
}

/** What is wrong with a stored or imported care plan record, or undefined when it is sound. */
export function carePlanRecordProblem(value: unknown): string | undefined {
  if (!isBag(value) || !isRecordId(value.id) || !isInstant(value.acceptedAt)) return 'has no valid id or date';
  const checked = validateCarePlan(value.plan, value.acceptedAt, { allowPastAppointment: true });
  if (!checked.ok) return `is not a valid plan (${checked.errors[0]})`;
  if (checked.plan.id !== value.id) return 'does not match its id';
  return appointmentChangesProblem(value.appointmentChanges, checked.plan.series?.sessions ?? 1);
}

function appointmentChangesProblem(changes: unknown, count: number): string | undefined {
  if (changes === undefined) return undefined;
  const valid = (c: unknown) => isBag(c) && isCount(c.index, count - 1) && (c.movedTo === undefined || isInstant(c.movedTo)) && (c.cancelled === undefined || typeof c.cancelled === 'boolean');
  return Array.isArray(changes) && changes.length <= count && changes.every(valid) ? undefined : 'has appointment changes that are not valid';
}

/** What is wrong with a stored or imported exercise check-off, or undefined when it is sound. */
export function exerciseCheckProblem(value: unknown): string | undefined {
  if (!isBag(value) || !isRecordId(value.carePlanId) || typeof value.exerciseId !== 'string' || value.exerciseId.length > 100) return 'has no valid ids';
  if (!isIsoDate(value.localDate)) return 'has no valid date';
  return isCount(value.round, 6) && isCount(value.setsDone, 10) ? undefined : 'has impossible counts';
}

const CHECK_IN_KINDS = ['baseline', 'after-24h', 'after-48h', 'weekly'];
const SCORE_NAMES = ['soreness', 'pain', 'stiffness', 'sleep'];
const FLAG_NAMES = ['bruising', 'numbness', 'lightHeaded'];

/** What is wrong with a stored or imported check-in, or undefined when it is sound. */
export function checkInRecordProblem(value: unknown): string | undefined {
  if (!isBag(value) || !isRecordId(value.carePlanId) || typeof value.checkInId !== 'string' || value.checkInId.length > 140) return 'has no valid ids';
  if (!CHECK_IN_KINDS.includes(value.kind as string) || !isInstant(value.answeredAt)) return 'is not a valid check-in';
  const scores = value.scores;
  if (!isBag(scores) || !Object.entries(scores).every(([k, v]) => SCORE_NAMES.includes(k) && isCheckInScore(v))) return 'has scores outside 0–10';
  const flags = value.flags;
  if (flags !== undefined && (!isBag(flags) || !Object.entries(flags).every(([k, v]) => FLAG_NAMES.includes(k) && typeof v === 'boolean'))) return 'has unknown answers';
  return undefined;
}

