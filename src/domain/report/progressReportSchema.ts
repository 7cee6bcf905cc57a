/** Checks a progress report that arrived in a link: the therapist's view shows only what passes. */
import { isCheckInScore, type CheckInKind, type CheckInScore } from '../checkIns/checkIns';
import { isAbsent, isKnownTimeZone, isRecord, isWholeNumberIn, readInstant, readText } from '../checks/fieldChecks';
import { daysBetween, isIsoDate } from '../time/localDay';
import { REPORT_LIMITS, type CheckInFlagName, type ProgressReport, type ReportedCheckIn } from './progressReport';

export type ProgressReportResult = { ok: true; report: ProgressReport } | { ok: false; errors: string[] };

const KINDS: readonly CheckInKind[] = ['baseline', 'after-24h', 'after-48h', 'weekly'];
const SCORES: readonly CheckInScore[] = ['soreness', 'pain', 'stiffness', 'sleep'];
const FLAGS: readonly CheckInFlagName[] = ['bruising', 'numbness', 'lightHeaded'];
/** 20 exercises × 10 sets × 6 times a day × 7 days. */
const MAX_SETS_A_WEEK = 8_400;
const WEEK = { min: 1, max: REPORT_LIMITS.maxWeeks };

function readWeeks(value: unknown, errors: string[]): ProgressReport['weeks'] {
  if (!Array.isArray(value) || value.length > REPORT_LIMITS.maxWeeks) {
    errors.push('The weekly exercise figures are not valid.');
    return [];
  }
  const weeks = value.filter(isRecord).map((item) => ({ week: item.week, setsDone: item.setsDone, setsExpected: item.setsExpected }));
  const valid = weeks.length === value.length && weeks.every((item) =>
    isWholeNumberIn(item.week, WEEK) && isWholeNumberIn(item.setsExpected, { min: 0, max: MAX_SETS_A_WEEK }) &&
    isWholeNumberIn(item.setsDone, { min: 0, max: item.setsExpected as number }));
  if (!valid) errors.push('The weekly exercise figures are not valid.');
  return valid ? (weeks as ProgressReport['weeks']) : [];
}

function readCheckIn(item: unknown): ReportedCheckIn | undefined {
  if (!isRecord(item) || !KINDS.includes(item.kind as CheckInKind) || !isRecord(item.scores) || !Array.isArray(item.flags)) return undefined;
  const kind = item.kind as CheckInKind;
  const answeredAt = readInstant(item.answeredAt, 'the check-in time', []);
  const scores: ReportedCheckIn['scores'] = {};
  for (const name of SCORES) {
    const score = item.scores[name];
    if (isAbsent(score)) continue;
    if (!isCheckInScore(score)) return undefined;
    scores[name] = score;
  }
  const flags = FLAGS.filter((flag) => (item.flags as unknown[]).includes(flag));
  const weekOk = isAbsent(item.week) || (kind === 'weekly' && isWholeNumberIn(item.week, WEEK));
  if (answeredAt === undefined || !weekOk || flags.length !== item.flags.length) return undefined;
  return { kind, ...(isAbsent(item.week) ? {} : { week: item.week as number }), answeredAt, scores, flags };
}

function readCheckIns(value: unknown, errors: string[]): ReportedCheckIn[] {
  const checkIns = Array.isArray(value) && value.length <= REPORT_LIMITS.maxCheckIns ? value.map(readCheckIn) : [undefined];
  if (checkIns.every((checkIn) => checkIn !== undefined)) return checkIns as ReportedCheckIn[];
  errors.push('The check-in answers are not valid.');
  return [];
}

function readHydration(value: unknown, errors: string[]): ProgressReport['hydration'] | undefined {
  const hydration = isRecord(value) ? value : {};
  const days = hydration.days;
  if (isWholeNumberIn(days, { min: 0, max: REPORT_LIMITS.maxDays }) && isWholeNumberIn(hydration.daysMet, { min: 0, max: days })) {
    return { days, daysMet: hydration.daysMet };
  }
  errors.push('The water figures are not valid.');
  return undefined;
}

/** Checks a progress report from a link; only what passes is shown. */
export function validateProgressReport(input: unknown): ProgressReportResult {
  if (!isRecord(input) || input.v !== 1) return { ok: false, errors: ['This is not an Aftercare progress report.'] };
  const errors: string[] = [];
  const therapist = readText(input.therapist, "the therapist's name", 80, errors);
  const createdAt = readInstant(input.createdAt, "the report's date", errors);
  const timeZone = isKnownTimeZone(input.timeZone) ? input.timeZone : undefined;
  if (timeZone === undefined) errors.push("The report's time zone is missing or not one this device knows.");
  const { from, to } = input;
  const datesOk = isIsoDate(from) && isIsoDate(to) && daysBetween(from, to) >= 0 && daysBetween(from, to) <= REPORT_LIMITS.maxDays;
  if (!datesOk) errors.push("The report's dates are not valid.");
  const weeks = readWeeks(input.weeks, errors);
  const checkIns = readCheckIns(input.checkIns, errors);
  const hydration = readHydration(input.hydration, errors);
  if (errors.length > 0 || therapist === undefined || createdAt === undefined || !timeZone || !datesOk || !hydration) {
    return { ok: false, errors };
  }
  return { ok: true, report: { v: 1, therapist, createdAt, timeZone, from, to, weeks, checkIns, hydration } };
}
