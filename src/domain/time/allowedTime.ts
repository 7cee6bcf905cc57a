/**
 * The time in one waking day when a water reminder may fire: from a given instant (never before
 * wake time) up to bedtime − buffer, minus the client's quiet periods. Reminders are spread over this time as if the
 * quiet periods weren't there, which is what keeps them out of quiet periods without bunching them.
 */
import type { HydrationRules, Settings } from '../hydration/rules';
import { dateInDay, wakeAndBedtime } from './wakingDay';
import { localInstant, requireClockTime, type LocalDate, type Occurrence } from './wallClock';

const MINUTE_MS = 60_000;

/** Closed interval of epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Quiet periods of waking day `day` as half-open [start, end) instants, sorted, overlaps merged.
 * A period's clock times fall on the next calendar date when they come after midnight in the waking
 * day; a repeated start is its first occurrence and a repeated end its last (wakingDay.ts).
 */
export function quietIntervals(day: LocalDate, settings: Settings, timeZone: string): Interval[] {
  const wake = requireClockTime(settings.wakeTime);
  const at = (clock: string, occurrence: Occurrence) => {
    const minutes = requireClockTime(clock);
    return localInstant(dateInDay(day, minutes, wake), minutes, timeZone, occurrence);
  };
  const periods = settings.quietHours
    .map((quiet) => ({ start: at(quiet.start, 'first'), end: at(quiet.end, 'last') }))
    .filter((quiet) => quiet.start < quiet.end)
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const period of periods) {
    const last = merged[merged.length - 1];
    if (last && period.start <= last.end) last.end = Math.max(last.end, period.end);
    else merged.push({ ...period });
  }
  return merged;
}

/** The last moment a reminder may fire on a waking day (bedtime minus the margin). */
/** The last moment of waking day `day` a water reminder may come: bedtime − buffer. */
export function lastAllowedInstant(day: LocalDate, settings: Settings, rules: HydrationRules, timeZone: string): number {
  return wakeAndBedtime(day, settings, timeZone).bedtime - rules.lastReminderBeforeBedtimeMin * MINUTE_MS;
}

/** Allowed pieces of waking day `day` from `from` (never before its wake time) onwards; empty when nothing is left. */
export function allowedIntervals(
  day: LocalDate,
  from: number,
  settings: Settings,
  rules: HydrationRules,
  timeZone: string,
): Interval[] {
  const bounds = wakeAndBedtime(day, settings, timeZone);
  const end = bounds.bedtime - rules.lastReminderBeforeBedtimeMin * MINUTE_MS;
  const pieces: Interval[] = [];
  let cursor = Math.max(from, bounds.wake);
  for (const quiet of quietIntervals(day, settings, timeZone)) {
    if (quiet.end <= cursor) continue;
    if (quiet.start > end) break;
    // A minute's margin so a reminder never lands on the very start of a quiet period.
    const pieceEnd = Math.min(end, quiet.start - MINUTE_MS);
    if (cursor <= pieceEnd) pieces.push({ start: cursor, end: pieceEnd });
    cursor = Math.max(cursor, quiet.end);
  }
  if (cursor <= end) pieces.push({ start: cursor, end });
  return pieces;
}

/** Total allowed time in ms; the gaps (quiet periods) don't count. Negative when nothing is allowed. */
export function allowedLength(pieces: readonly Interval[]): number {
  if (pieces.length === 0) return -1;
  return pieces.reduce((sum, piece) => sum + (piece.end - piece.start), 0);
}

/** How many reminders fit at least `spacingMs` apart. */
export function capacity(pieces: readonly Interval[], spacingMs: number): number {
  const length = allowedLength(pieces);
  return length < 0 ? 0 : Math.floor(length / spacingMs) + 1;
}

/**
 * The instant `position` ms into the allowed time. A position on the seam between two pieces goes
 * to the start of the later piece (the end of a quiet period), not to the minute before it starts.
 */
export function instantAt(pieces: readonly Interval[], position: number): number {
  let remaining = position;
  for (const [index, piece] of pieces.entries()) {
    const length = piece.end - piece.start;
    if (remaining < length || index === pieces.length - 1) return piece.start + Math.min(remaining, length);
    remaining -= length;
  }
  throw new RangeError('No allowed time to place a reminder in.');
}
