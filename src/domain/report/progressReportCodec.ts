/**
 * Read-only summary links for the therapist: `${origin}/report#r1.…`, packed like plan links.
 * Compact layout of version 1:
 *   [createdAt, timeZone, therapist, from, to, [[week, setsDone, setsExpected]…],
 *    [[kind, answeredAt, [soreness, pain, stiffness, sleep], flagBits, week?]…], [days, daysMet],
 *    client?, [[exerciseName, setsDone, setsExpected]…]?]
 * with null for a score not asked. The last two slots were appended later; reports without them
 * still open (no client name, no per-exercise figures). Decoding never throws. Like a plan link, a report link carries a
 * CRC-32 (see linkPayload.ts): one changed character makes it "damaged", and a report link from
 * before the checksum opens marked `unverified`.
 */
import { isRecord } from '../checks/jsonGuards';
import { CHECK_IN_FLAGS as FLAGS, CHECK_IN_SCORES as SCORES, type CheckInKind } from '../checkIns/checkIns';
import { linksText } from '../i18n/en/links';
import { fragmentPayload, linkTo, packPayload, problemsMessage, unpackPayload, type PayloadKind } from '../links/linkPayload';
import type { ProgressReport, ReportedCheckIn } from './progressReport';
import { validateProgressReport } from './progressReportSchema';

export const REPORT_PAYLOAD: PayloadKind = { letter: 'r', version: 1, words: 'report' };

/** `unverified`: the link predates the checksum (see linkPayload.ts). */
export type DecodedReport = { ok: true; report: ProgressReport; unverified?: true } | { ok: false; error: string };

const KIND_CODES: Record<CheckInKind, string> = { baseline: 'b', 'after-24h': 'd1', 'after-48h': 'd2', weekly: 'w' };

function compactCheckIn(checkIn: ReportedCheckIn): unknown[] {
  const flagBits = FLAGS.reduce((bits, flag, index) => (checkIn.flags.includes(flag) ? bits | (1 << index) : bits), 0);
  const slots = [KIND_CODES[checkIn.kind], checkIn.answeredAt, SCORES.map((name) => checkIn.scores[name] ?? null), flagBits];
  return checkIn.week === undefined ? slots : [...slots, checkIn.week];
}

function expandCheckIn(item: unknown): unknown {
  if (!Array.isArray(item)) return item;
  const [code, answeredAt, scores, flagBits, week] = item;
  const kind = Object.entries(KIND_CODES).find(([, value]) => value === code)?.[0];
  const knownBits = Number.isInteger(flagBits) && flagBits >= 0 && flagBits < 1 << FLAGS.length;
  return {
    kind,
    week,
    answeredAt,
    scores: Array.isArray(scores) ? Object.fromEntries(SCORES.map((name, index) => [name, scores[index]])) : scores,
    // Unknown bits leave no list at all, so the schema refuses the check-in.
    flags: knownBits ? FLAGS.filter((_, index) => (flagBits as number) & (1 << index)) : undefined,
  };
}

function toCompactReport(report: ProgressReport): unknown[] {
  return [
    report.createdAt, report.timeZone, report.therapist, report.from, report.to,
    report.weeks.map((week) => [week.week, week.setsDone, week.setsExpected]),
    report.checkIns.map(compactCheckIn),
    [report.hydration.days, report.hydration.daysMet],
    report.client ?? null,
    report.exercises.map((e) => [e.name, e.setsDone, e.setsExpected]),
  ];
}

function expandCompactReport(data: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(data)) return undefined;
  const [createdAt, timeZone, therapist, from, to, weeks, checkIns, hydration, client, exercises] = data;
  return {
    v: 1, createdAt, timeZone, therapist, from, to, client,
    exercises: Array.isArray(exercises)
      ? exercises.map((e: unknown) => (Array.isArray(e) ? { name: e[0], setsDone: e[1], setsExpected: e[2] } : e))
      : exercises,
    weeks: Array.isArray(weeks)
      ? weeks.map((week: unknown) => (Array.isArray(week) ? { week: week[0], setsDone: week[1], setsExpected: week[2] } : week))
      : weeks,
    checkIns: Array.isArray(checkIns) ? checkIns.map(expandCheckIn) : checkIns,
    hydration: Array.isArray(hydration) ? { days: hydration[0], daysMet: hydration[1] } : hydration,
  };
}

/** A progress report as a link payload. */
export function encodeProgressReport(report: ProgressReport): string {
  return packPayload(REPORT_PAYLOAD, toCompactReport(report));
}

/** Reads a progress report from a link payload; never throws. */
export function decodeProgressReport(payload: string): DecodedReport {
  const unpacked = unpackPayload(payload, REPORT_PAYLOAD);
  if (!unpacked.ok) return unpacked;
  const expanded = expandCompactReport(unpacked.data);
  const result = expanded && isRecord(expanded) ? validateProgressReport(expanded) : undefined;
  if (!result) return { ok: false, error: linksText().report.damaged };
  if (!result.ok) return { ok: false, error: problemsMessage(result.errors) };
  return unpacked.unverified ? { ...result, unverified: true } : result;
}

/** The full /report link the therapist opens. */
export function progressReportLink(origin: string, report: ProgressReport): string {
  return linkTo(origin, 'report', encodeProgressReport(report));
}

/** The payload in `location.hash` ('#r1.…') of the report view, or undefined when there is none. */
export function readReportFragment(hash: string): string | undefined {
  return fragmentPayload(hash);
}
