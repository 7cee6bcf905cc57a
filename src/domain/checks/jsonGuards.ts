/**
 * Type guards for values read from JSON (a link, a backup, a form's state). Plain functions with
 * no schema library behind them, so code that only needs to ask "is this an object?" (the compact
 * plan, the report link) doesn't load the schemas.
 */
import { TIME_ZONE_NAME_MAX_CHARS } from '../../contract/timeZoneName.js';
import { isValidTimeZone } from '../time/wallClock';

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** null and undefined both mean "not given": JSON has no undefined. */
export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** A whole number within `range`, both ends included. */
export function isWholeNumberIn(value: unknown, range: Range): value is number {
  return Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max;
}

/** Any finite number within `range` (glass sizes may be fractional). */
export function isNumberIn(value: unknown, range: Range): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max;
}

/** IANA names only ('Europe/Berlin', 'UTC', 'Etc/GMT+5'): offsets like '+05:00' aren't accepted everywhere. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** A zone both our date library and this device's Intl know, so later formatting can't throw on it. */
export function isKnownTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > TIME_ZONE_NAME_MAX_CHARS || !ZONE_NAME.test(value)) return false;
  if (!isValidTimeZone(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An epoch-ms instant (a whole number of ms after 1970). */
export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
