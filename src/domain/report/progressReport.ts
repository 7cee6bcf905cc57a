/**
 * "Send my progress": what the client shares with the therapist. It holds figures the client
 * entered or checked off, as they were entered; it draws no conclusions from them.
 */
import type { CarePlan } from '../carePlan/carePlan';
import { CHECK_IN_FLAGS, CHECK_IN_SCORES, isCheckInScore, type CheckInAnswer, type CheckInFlags, type CheckInKind, type CheckInScore } from '../checkIns/checkIns';
import { adherence, adherenceByExercise, planEndDate, planStartDate, type ExerciseCheck } from '../exercises/exerciseSchedule';
import { exerciseWords } from '../exercises/exerciseWords';
import { daysBetween, isIsoDate, isoDateOf, type IsoDate } from '../time/localDay';
import { REPORT_LIMITS } from '../limits/limits';

export type CheckInFlagName = keyof CheckInFlags;

export interface ReportedCheckIn {
  kind: CheckInKind;
  /** Plan week, for weekly check-ins. */
  week?: number;
  answeredAt: number;
  scores: Partial<Record<CheckInScore, number>>;
  /** Only what the client ticked. */
  flags: CheckInFlagName[];
}

export interface ExerciseFigure {
  name: string;
  setsDone: number;
  setsExpected: number;
}

export interface ProgressReport {
  v: 1;
  therapist: string;
  /** The client's first name, when the therapist put it in the plan. */
  client?: string;
  createdAt: number;
  timeZone: string;
  /** The session day: plan week n starts 7(n − 1) days after it. */
  from: IsoDate;
  /** The last day the report covers: today, or the plan's last day if that came first. */
  to: IsoDate;
  weeks: { week: number; setsDone: number; setsExpected: number }[];
  /** Per exercise, in the plan's order (empty in reports from before this was sent). */
  exercises: ExerciseFigure[];
  checkIns: ReportedCheckIn[];
  /** Days with a water goal in the report's range, and on how many the goal was met. */
  hydration: { days: number; daysMet: number };
}

export interface HydrationDay {
  date: IsoDate;
  goal: number;
  counted: number;
}

export interface BuildProgressReportArgs {
  plan: CarePlan;
  checks: readonly ExerciseCheck[];
  checkIns: readonly CheckInAnswer[];
  hydration: readonly HydrationDay[];
  now: number;
  /** The client's day now (their waking day, time/wakingDay.ts); the calendar date of `now` if not given. */
  today?: IsoDate;
}

/** Long names are cut to keep the link short; the therapist knows their own exercises. */
function shortName(name: string): string {
  const max = REPORT_LIMITS.exerciseNameChars;
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}

/** Glass counts are float sums of ml; 4.9999999 of 5 glasses is the goal met. */
const COUNT_TOLERANCE = 1e-9;

function weekOf(checkInId: string): number | undefined {
  const match = /:check-in:week-(\d+)$/.exec(checkInId);
  const week = match ? Number(match[1]) : undefined;
  return week !== undefined && week >= 1 && week <= REPORT_LIMITS.maxWeeks ? week : undefined;
}

function reportCheckIn(answer: CheckInAnswer): ReportedCheckIn {
  const scores: Partial<Record<CheckInScore, number>> = {};
  for (const name of CHECK_IN_SCORES) {
    if (isCheckInScore(answer.scores[name])) scores[name] = answer.scores[name];
  }
  const week = answer.kind === 'weekly' ? weekOf(answer.checkInId) : undefined;
  return {
    kind: answer.kind,
    ...(week === undefined ? {} : { week }),
    answeredAt: answer.answeredAt,
    scores,
    flags: CHECK_IN_FLAGS.filter((name) => answer.flags?.[name] === true),
  };
}

function hydrationDays(days: readonly HydrationDay[], from: IsoDate, to: IsoDate) {
  const byDate = new Map<IsoDate, HydrationDay>();
  for (const day of days) {
    if (isIsoDate(day.date) && daysBetween(from, day.date) >= 0 && daysBetween(day.date, to) >= 0 && day.goal > 0) {
      byDate.set(day.date, day);
    }
  }
  const met = [...byDate.values()].filter((day) => day.counted + COUNT_TOLERANCE >= day.goal).length;
  return { days: byDate.size, daysMet: met };
}

/**
 * The report as of `now`: exercise sets per plan week from the session day to today (or the plan's
 * last day), this plan's check-ins (the latest REPORT_LIMITS.maxCheckIns), and water goals met.
 */
export function buildProgressReport(args: BuildProgressReportArgs): ProgressReport {
  const { plan, now } = args;
  const from = planStartDate(plan);
  const today = args.today ?? isoDateOf(now, plan.timeZone);
  const end = planEndDate(plan);
  const to = daysBetween(today, end) < 0 ? end : daysBetween(from, today) < 0 ? from : today;
  const weeks = adherence(plan, args.checks, from, to).weeks
    .map(({ week, setsDone, setsExpected }) => ({ week, setsDone, setsExpected }));
  const checkIns = args.checkIns
    .filter((answer) => answer.checkInId.startsWith(`${plan.id}:`) && answer.answeredAt <= now)
    .sort((a, b) => a.answeredAt - b.answeredAt)
    .slice(-REPORT_LIMITS.maxCheckIns)
    .map(reportCheckIn);
  const exercises = adherenceByExercise(plan, args.checks, from, to)
    .slice(0, REPORT_LIMITS.maxExercises)
    .map(({ exercise, setsDone, setsExpected }) => ({ name: shortName(exerciseWords(exercise).name), setsDone, setsExpected }));
  return {
    v: 1,
    therapist: plan.therapist.name,
    ...(plan.clientName ? { client: plan.clientName } : {}),
    createdAt: now,
    timeZone: plan.timeZone,
    from,
    to,
    weeks,
    exercises,
    checkIns,
    hydration: hydrationDays(args.hydration, from, to),
  };
}
