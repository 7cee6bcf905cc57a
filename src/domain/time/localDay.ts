/**
 * Calendar days as 'YYYY-MM-DD' strings, the form logs are stored and compared in. Arithmetic is
 * calendar-only (through UTC), so a day is a day whatever the zone and whatever its clock changes.
 */
import { localDateKey } from './timeFormat';
import { wallReading, type LocalDate } from './wallClock';

/** 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A local date as YYYY-MM-DD. */
export function toIsoDate(date: LocalDate): IsoDate {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Undefined unless the text is a real calendar date such as '2026-02-28' (not '2026-02-30'). */
export function parseIsoDate(text: unknown): LocalDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; such dates never occur in a plan, so they are refused.
  if (year < 1970 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: unknown): text is IsoDate {
  return parseIsoDate(text) !== undefined;
}

/** One implementation of "the local date of an instant" for the whole app (timeFormat.ts, Intl-based). */
export function isoDateOf(at: number, timeZone: string): IsoDate {
  return localDateKey(at, timeZone);
}

function dayNumber(date: IsoDate): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Expected a date like 2026-05-12, got "${date}".`);
  return Date.UTC(parsed.year, parsed.month - 1, parsed.day) / DAY_MS;
}

/** The ISO date `days` later (or earlier), by the calendar, not by 24-hour steps. */
export function addIsoDays(date: IsoDate, days: number): IsoDate {
  const shifted = new Date((dayNumber(date) + days) * DAY_MS);
  return toIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** Whole days from `from` to `to`: 1 for consecutive days, negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Minutes after local midnight shown by the clock in `timeZone` at `at`. */
export function localMinutesOf(at: number, timeZone: string): number {
  const local = wallReading(at, timeZone);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}
