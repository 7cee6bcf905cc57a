/**
 * Local clock times ("07:00" on 2026-03-08 in America/New_York) to instants, and back.
 *
 * Both directions are built here on tzOffset (a local date is read the way TZDate reads it), because
 * `new TZDate(y, m, d, h, min, zone)` resolves skipped and repeated local times differently
 * depending on the *process's* time zone (seen with @date-fns/tz 1.5.0: 01:30 on
 * 2026-10-25 in Europe/London gives the second occurrence when the process runs in UTC and the first
 * when it runs in Australia/Sydney). A plan must not depend on where the code runs.
 *
 * Each offset lookup formats a date through Intl (about a microsecond), and one plan asks for the
 * same instants several times (bedtime alone three times), so offsets are remembered per zone and
 * instant. The cache is exact: an instant's offset in a zone never changes while the page runs.
 */
// The subpath, not the package index: the index also loads TZDate, whose module has side effects
// (it patches its prototype at load), so no bundler could leave it off the first screen.
import { tzOffset } from '@date-fns/tz/tzOffset';

/** A calendar date with no time zone; month is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'HH:mm' (24-hour, two digits each) to minutes after midnight; undefined when malformed. */
export function parseClockTime(text: string): number | undefined {
  const match = CLOCK_TIME.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes after midnight for a valid HH:MM; throws on anything else (inputs are validated first). */
export function requireClockTime(text: string): number {
  const minutes = parseClockTime(text);
  if (minutes === undefined) throw new RangeError(`Expected a clock time like "07:30", got "${text}".`);
  return minutes;
}

const validZones = new Map<string, boolean>();

/** True for an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = validZones.get(timeZone);
  if (valid === undefined) validZones.set(timeZone, (valid = Number.isFinite(tzOffset(timeZone, new Date(0)))));
  return valid;
}

/** The zone's offset in whole minutes (fractions for historic offsets in seconds), remembered per instant. */
const offsetCache = new Map<string, Map<number, number>>();
/** Plenty for every plan and schedule of a visit; a full map starts over rather than growing without end. */
const OFFSETS_PER_ZONE = 4096;

function offsetMinutes(timeZone: string, at: number): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  let offset = zone.get(at);
  if (offset === undefined) {
    if (zone.size >= OFFSETS_PER_ZONE) zone.clear();
    offset = tzOffset(timeZone, new Date(at));
    zone.set(at, offset);
  }
  return offset;
}

/** The clock reading at `at` in `timeZone`, written down as if it were UTC (shifted by whole seconds, as TZDate does). */
export function wallReading(at: number, timeZone: string): Date {
  return new Date(at - Math.round(-offsetMinutes(timeZone, at) * 60) * 1000);
}

/** The wall-clock date of an instant in a zone. */
export function localDateOf(at: number, timeZone: string): LocalDate {
  const local = wallReading(at, timeZone);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** Calendar arithmetic only, so it's the same in every zone. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** True when local date `a` falls after `b`. */
export function isLaterDate(a: LocalDate, b: LocalDate): boolean {
  return Date.UTC(a.year, a.month - 1, a.day) > Date.UTC(b.year, b.month - 1, b.day);
}

function offsetMs(timeZone: string, at: number): number {
  return offsetMinutes(timeZone, at) * MINUTE_MS;
}

/** Which of the two instants a clock time the night repeats (fall back) stands for. */
export type Occurrence = 'first' | 'last';

/**
 * The instant at which the clock in `timeZone` shows `minutesOfDay` on `date`.
 * A time skipped by a spring-forward change resolves to the next valid instant (the moment the
 * clocks jump); a time repeated by a fall-back change resolves to its `occurrence` (first by
 * default; the waking day reads the times that end a quiet stretch as their last, wakingDay.ts).
 * Assumes at most one offset change within a day either side, which holds for every real zone.
 */
export function localInstant(date: LocalDate, minutesOfDay: number, timeZone: string, occurrence: Occurrence = 'first'): number {
  // The wall-clock reading written down as if it were UTC; subtracting an offset gives an instant.
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutesOfDay);
  const offsetBefore = offsetMs(timeZone, wall - DAY_MS);
  const offsetAfter = offsetMs(timeZone, wall + DAY_MS);
  if (Number.isNaN(offsetBefore) || Number.isNaN(offsetAfter)) {
    throw new RangeError(`Unknown time zone "${timeZone}".`);
  }
  const matches = [wall - offsetBefore, wall - offsetAfter]
    .filter((at) => at + offsetMs(timeZone, at) === wall)
    .sort((a, b) => a - b);
  const match = occurrence === 'first' ? matches[0] : matches[matches.length - 1];
  if (match !== undefined) return match;
  return firstInstantWithOffset(timeZone, wall - offsetAfter, wall - offsetBefore, offsetAfter);
}

/** Binary search for the clock change: the first instant in (from, to] that already has `offset`. */
function firstInstantWithOffset(timeZone: string, from: number, to: number, offset: number): number {
  let low = from;
  let high = to;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetMs(timeZone, middle) === offset) high = middle;
    else low = middle;
  }
  return high;
}

/** The same local day as `at`, at another clock time ('HH:mm'); undefined for a malformed time. */
export function atClockTimeSameDay(at: number, clock: string, timeZone: string): number | undefined {
  const minutes = parseClockTime(clock);
  return minutes === undefined ? undefined : localInstant(localDateOf(at, timeZone), minutes, timeZone);
}

/** Local midnight at the end of `at`'s day in the zone: when "today" is over. */
export function startOfNextDay(at: number, timeZone: string): number {
  return localInstant(addDays(localDateOf(at, timeZone), 1), 0, timeZone);
}
