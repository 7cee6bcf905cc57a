/**
 * Short check-ins the client answers so client and therapist can see how the plan is going:
 * a baseline when the plan is saved, soreness at about 24 h and 48 h after the session, then
 * pain, stiffness and sleep every week until the plan ends. Answers are relayed to the therapist;
 * the app never interprets them beyond "this is worth telling your therapist".
 */
import type { CarePlan } from '../carePlan/carePlan';
import { reminderIds } from '../../contract/reminders.js';
import { checkInsText } from '../i18n/en/checkIns';
import { planEndDate, planStartDate } from '../exercises/exerciseSchedule';
import { addIsoDays, daysBetween, localMinutesOf, parseIsoDate, type IsoDate } from '../time/localDay';
import { wakingDay, wakingDayOf, type DayClock } from '../time/wakingDay';
import { addDays, localInstant, requireClockTime } from '../time/wallClock';

const MINUTE_MS = 60_000;

export type CheckInKind = 'baseline' | 'after-24h' | 'after-48h' | 'weekly';
export const CHECK_IN_KINDS: readonly CheckInKind[] = ['baseline', 'after-24h', 'after-48h', 'weekly'];

/** 0–10 each. Soreness, pain and stiffness: 0 is none. Sleep: 0 is very poor, 10 is very good. */
export type CheckInScore = 'soreness' | 'pain' | 'stiffness' | 'sleep';
/** In the order they are asked, shown and packed into a report link. */
export const CHECK_IN_SCORES: readonly CheckInScore[] = ['soreness', 'pain', 'stiffness', 'sleep'];

export interface CheckInFlags {
  bruising: boolean;
  numbness: boolean;
  lightHeaded: boolean;
}
/** In the order they are asked; a report link packs them as bits in this order. */
export const CHECK_IN_FLAGS: readonly (keyof CheckInFlags)[] = ['bruising', 'numbness', 'lightHeaded'];

export interface ScheduledCheckIn {
  /** Stable: `${carePlanId}:check-in:${kind}` or `${carePlanId}:check-in:week-${week}`. */
  id: string;
  kind: CheckInKind;
  dueAt: number;
  /** Not answered by then, it is missed: no longer offered, and no longer reminded of. */
  closesAt: number;
  /** What the check-in asks for. */
  scores: CheckInScore[];
  asksFlags: boolean;
  /** Plan week, for weekly check-ins. */
  week?: number;
}

export interface CheckInAnswer {
  checkInId: string;
  kind: CheckInKind;
  answeredAt: number;
  scores: Partial<Record<CheckInScore, number>>;
  flags?: CheckInFlags;
}

export const CHECK_IN_TIMING = {
  /** A timed check-in due this soon after the baseline would ask the same thing twice. */
  minGapAfterBaselineMs: 4 * 3_600_000,
  /** Weekly check-ins come in the early evening, when the day can be looked back on. */
  weeklyClock: '18:00',
  /** No check-in in the last half hour before bedtime. */
  beforeBedtimeMin: 30,
  /** Soreness this high two days after the session is worth telling the therapist about. */
  sorenessToReportAt48h: 8,
  /**
   * How long each kind stays open. A 24 h answer given two days later says nothing about the day
   * after the session, so the timed ones close when the next one opens; a weekly one when the next
   * week's is due; the baseline after two days, when it is no longer "where you started".
   */
  openForMs: { baseline: 2 * 86_400_000, 'after-24h': 86_400_000, 'after-48h': 86_400_000, weekly: 7 * 86_400_000 },
} as const satisfies { openForMs: Record<CheckInKind, number> } & Record<string, unknown>;

/** What the app says when an answer is worth telling the therapist (checkInAdvice), in the language on screen. */
export function contactTherapistMessage(): string {
  return checkInsText().contactTherapist;
}

/**
 * The instant clock time `minutes` has in waking day `day` (which owns half of the night on either
 * side), moved into its waking hours: wake … bedtime − 30 min.
 */
function wakingInstant(day: IsoDate, minutes: number, settings: DayClock, timeZone: string): number {
  const bounds = wakingDay(day, settings, timeZone);
  const date = parseIsoDate(day)!;
  const candidates = [addDays(date, -1), date, addDays(date, 1)].map((d) => localInstant(d, minutes, timeZone));
  const inside = candidates.find((at) => at >= bounds.starts && at < bounds.ends) ?? bounds.wake;
  return Math.min(bounds.bedtime - CHECK_IN_TIMING.beforeBedtimeMin * MINUTE_MS, Math.max(bounds.wake, inside));
}

export interface CheckInScheduleArgs {
  plan: CarePlan;
  /** When the client saved the plan: the baseline is due then. */
  acceptedAt: number;
  /** Settings that passed validateSettings; a malformed clock time throws, as in planHydration. */
  settings: DayClock;
  /** Defaults to the plan's zone. */
  timeZone?: string;
}

/**
 * Every check-in of the plan in time order. "About 24 h" is the session's clock time in the next
 * waking day (23 or 25 real hours across a clock change), moved into waking hours. Check-ins that
 * fall before the plan was saved, or too close after it, are left out: the baseline covers them.
 * There is at least one weekly check-in, at the end of week 1, even for a plan shorter than a week.
 */
export function checkInSchedule(args: CheckInScheduleArgs): ScheduledCheckIn[] {
  const { plan, acceptedAt, settings, timeZone = plan.timeZone } = args;
  const id = (suffix: string) => reminderIds.checkIn(plan.id, suffix);
  const sessionDay = wakingDayOf(plan.session.endedAt, settings, timeZone);
  const sessionMinutes = localMinutesOf(plan.session.endedAt, timeZone);
  const closing = (kind: CheckInKind, dueAt: number) => ({ kind, dueAt, closesAt: dueAt + CHECK_IN_TIMING.openForMs[kind] });
  const due: ScheduledCheckIn[] = [
    { id: id('baseline'), ...closing('baseline', acceptedAt), scores: ['soreness', 'pain', 'stiffness', 'sleep'], asksFlags: true },
  ];
  const soreness = (kind: CheckInKind, days: number): ScheduledCheckIn => ({
    id: id(kind), scores: ['soreness'], asksFlags: true,
    ...closing(kind, wakingInstant(addIsoDays(sessionDay, days), sessionMinutes, settings, timeZone)),
  });
  for (const timed of [soreness('after-24h', 1), soreness('after-48h', 2)]) {
    if (timed.dueAt >= acceptedAt + CHECK_IN_TIMING.minGapAfterBaselineMs) due.push(timed);
  }
  const weeks = Math.max(1, Math.floor((daysBetween(planStartDate(plan), planEndDate(plan)) + 1) / 7));
  const weeklyMinutes = requireClockTime(CHECK_IN_TIMING.weeklyClock);
  for (let week = 1; week <= weeks; week += 1) {
    const dueAt = wakingInstant(addIsoDays(sessionDay, 7 * week), weeklyMinutes, settings, timeZone);
    if (dueAt < acceptedAt) continue;
    due.push({ id: id(`week-${week}`), ...closing('weekly', dueAt), week, scores: ['pain', 'stiffness', 'sleep'], asksFlags: false });
  }
  return due.sort((a, b) => a.dueAt - b.dueAt);
}

/** 'contact-therapist' when the client reports bruising, numbness or light-headedness, or strong soreness at 48 h. */
export function checkInAdvice(answer: CheckInAnswer): 'contact-therapist' | undefined {
  const flags = answer.flags;
  if (flags && (flags.bruising || flags.numbness || flags.lightHeaded)) return 'contact-therapist';
  const soreness = answer.scores.soreness;
  if (answer.kind === 'after-48h' && soreness !== undefined && soreness >= CHECK_IN_TIMING.sorenessToReportAt48h) {
    return 'contact-therapist';
  }
  return undefined;
}

/** Whether a score is a whole number 0–10, as every check-in scale is. */
export function isCheckInScore(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;
}

