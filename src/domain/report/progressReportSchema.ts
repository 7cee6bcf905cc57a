/**
 * Checks a progress report that arrived in a link: the therapist's view shows only what passes.
 * Each part of the report has one message, whatever inside it is wrong: the therapist can only ask
 * for the link again, so naming the exact figure would not help.
 */
import * as v from 'valibot';
import { CARE_PLAN_LIMITS, REPORT_LIMITS } from '../limits/limits';
import { CHECK_IN_FLAGS, CHECK_IN_KINDS, CHECK_IN_SCORES, isCheckInScore, type CheckInKind } from '../checkIns/checkIns';
import { isAbsent, isInstant, isKnownTimeZone, isRecord, isWholeNumberIn, type Range } from '../checks/jsonGuards';
import { checked, field, instant, type Message, messagesOf, optionalField, optionalText, text } from '../checks/schemaParts';
import { reportText } from '../i18n/en/report';
import { daysBetween, isIsoDate } from '../time/localDay';
import type { CheckInFlagName, ProgressReport, ReportedCheckIn } from './progressReport';

export type ProgressReportResult = { ok: true; report: ProgressReport } | { ok: false; errors: string[] };

// Messages are drawn when a check fails, so they come in the reader's language (the therapist's).
const WEEKS = () => reportText().problems.weeks;
const CHECK_INS = () => reportText().problems.checkIns;
const WATER = () => reportText().problems.water;
const DATES = () => reportText().problems.dates;
const EXERCISES = () => reportText().problems.exercises;
const WEEK: Range = { min: 1, max: REPORT_LIMITS.maxWeeks };

const whole = (range: Range, message: Message) => checked((value): value is number => isWholeNumberIn(value, range), message);
const list = (max: number, message: Message) => v.pipe(checked(Array.isArray, message), v.maxLength(max, message));

const week = v.pipe(
  v.object({ week: whole(WEEK, WEEKS), setsDone: whole({ min: 0, max: REPORT_LIMITS.maxSetsAWeek }, WEEKS), setsExpected: whole({ min: 0, max: REPORT_LIMITS.maxSetsAWeek }, WEEKS) }, WEEKS),
  v.check((row) => row.setsDone <= row.setsExpected, WEEKS),
);

/** Known scores only, each 0–10 or not asked (absent or null); the result lists only those asked. */
const scores = v.pipe(
  checked((value): value is Record<string, unknown> => isRecord(value) && CHECK_IN_SCORES.every((name) => isAbsent(value[name]) || isCheckInScore(value[name])), CHECK_INS),
  v.transform((value) => Object.fromEntries(CHECK_IN_SCORES.filter((name) => !isAbsent(value[name])).map((name) => [name, value[name] as number]))),
);

/** Known flags, each once; kept in the order they are asked. */
const flags = v.pipe(
  checked((value): value is CheckInFlagName[] => Array.isArray(value) && value.every((flag) => CHECK_IN_FLAGS.includes(flag)) && new Set(value).size === value.length, CHECK_INS),
  v.transform((value) => CHECK_IN_FLAGS.filter((flag) => value.includes(flag))),
);

const checkIn = v.pipe(
  v.object({
    kind: checked((value): value is CheckInKind => CHECK_IN_KINDS.includes(value as CheckInKind), CHECK_INS),
    week: checked((value): value is number | null | undefined => isAbsent(value) || isWholeNumberIn(value, WEEK), CHECK_INS),
    answeredAt: checked(isInstant, CHECK_INS),
    scores,
    flags,
  }, CHECK_INS),
  v.check((item) => isAbsent(item.week) || item.kind === 'weekly', CHECK_INS),
  v.transform(({ kind, week, answeredAt, scores, flags }): ReportedCheckIn => ({ kind, ...(isAbsent(week) ? {} : { week }), answeredAt, scores, flags })),
);

const hydration = v.pipe(
  v.object({ days: whole({ min: 0, max: REPORT_LIMITS.maxDays }, WATER), daysMet: whole({ min: 0, max: REPORT_LIMITS.maxDays }, WATER) }, WATER),
  v.check((water) => water.daysMet <= water.days, WATER),
);

/** One exercise's sets over the whole report (reports sent before these existed have none). */
const exerciseFigure = v.pipe(
  v.object({
    name: text(() => reportText().fields.exerciseName, REPORT_LIMITS.exerciseNameChars),
    setsDone: whole({ min: 0, max: REPORT_LIMITS.maxSetsAWeek * REPORT_LIMITS.maxWeeks }, EXERCISES),
    setsExpected: whole({ min: 0, max: REPORT_LIMITS.maxSetsAWeek * REPORT_LIMITS.maxWeeks }, EXERCISES),
  }, EXERCISES),
  v.check((row) => row.setsDone <= row.setsExpected, EXERCISES),
);

const reportSchema = v.pipe(
  checked((value): value is Record<string, unknown> => isRecord(value) && value.v === 1, () => reportText().problems.notReport),
  v.object({
    therapist: text(() => reportText().fields.therapistName, CARE_PLAN_LIMITS.nameChars),
    createdAt: instant(() => reportText().fields.date),
    timeZone: checked(isKnownTimeZone, () => reportText().problems.timeZone),
    from: checked(isIsoDate, DATES),
    to: checked(isIsoDate, DATES),
    weeks: v.pipe(list(REPORT_LIMITS.maxWeeks, WEEKS), v.array(week)),
    checkIns: v.pipe(list(REPORT_LIMITS.maxCheckIns, CHECK_INS), v.array(checkIn)),
    hydration: field(hydration),
    client: optionalText(() => reportText().fields.clientName, REPORT_LIMITS.clientNameChars),
    exercises: optionalField(v.pipe(list(REPORT_LIMITS.maxExercises, EXERCISES), v.array(exerciseFigure))),
  }),
  v.forward(v.partialCheck([['from'], ['to']], ({ from, to }) => daysBetween(from, to) >= 0 && daysBetween(from, to) <= REPORT_LIMITS.maxDays, DATES), ['to']),
  v.transform(({ client, exercises, ...fields }): ProgressReport => ({ v: 1, ...fields, ...(client === undefined ? {} : { client }), exercises: exercises ?? [] })),
);

/** The report with only known, well-formed figures, or the problems found (one per part). */
export function validateProgressReport(input: unknown): ProgressReportResult {
  const result = v.safeParse(reportSchema, input);
  return result.success ? { ok: true, report: result.output } : { ok: false, errors: messagesOf(result.issues) };
}
