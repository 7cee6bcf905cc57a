/**
 * Readers for untrusted fields. Each returns a clean value, or undefined after pushing one
 * plain-English message onto `errors`, so a validator reads as a list of fields.
 */
import { plainText } from './plainText';
import { isValidTimeZone } from '../time/wallClock';

export interface Range {
  min: number;
  max: number;
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** null and undefined both mean "not given": JSON has no undefined. */
export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Plain text of at most `max` characters; `what` is a phrase such as "the therapist's name".
 * An optional field that is absent or blank comes back as undefined without a message.
 */
export function readText(value: unknown, what: string, max: number, errors: string[], optional = false): string | undefined {
  if (isAbsent(value) && optional) return undefined;
  if (!isAbsent(value) && typeof value !== 'string') {
    errors.push(`${capitalized(what)} must be text.`);
    return undefined;
  }
  const text = plainText(value ?? '');
  if (text === '') {
    if (!optional) errors.push(`Add ${what}.`);
    return undefined;
  }
  if (text.length > max) {
    errors.push(`${capitalized(what)} is too long (at most ${max} characters).`);
    return undefined;
  }
  return text;
}

export interface ListLimits {
  minItems: number;
  maxItems: number;
  maxChars: number;
}

/**
 * A list of plain-text lines; blank lines are dropped (an empty row left in a form is not an error).
 * `itemWhat(n)` names the n-th line (1-based) for messages.
 */
export function readTextList(
  value: unknown,
  what: string,
  itemWhat: (n: number) => string,
  limits: ListLimits,
  errors: string[],
): string[] {
  if (isAbsent(value) && limits.minItems === 0) return [];
  if (!Array.isArray(value)) {
    errors.push(`${capitalized(what)} must be a list.`);
    return [];
  }
  if (value.length > limits.maxItems * 2) {
    // Far past the limit: don't clean thousands of lines only to refuse them.
    errors.push(`${capitalized(what)}: at most ${limits.maxItems}, not ${value.length}.`);
    return [];
  }
  const lines: string[] = [];
  for (const [index, item] of value.entries()) {
    if (isAbsent(item) || (typeof item === 'string' && plainText(item) === '')) continue;
    const line = readText(item, itemWhat(index + 1), limits.maxChars, errors);
    if (line !== undefined) lines.push(line);
  }
  if (lines.length > limits.maxItems) errors.push(`${capitalized(what)}: at most ${limits.maxItems}, not ${lines.length}.`);
  else if (lines.length < limits.minItems) errors.push(`Add ${what}.`);
  return lines;
}

/** True for an integer inside the inclusive range. */
export function isWholeNumberIn(value: unknown, range: Range): value is number {
  return Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max;
}

/** Reads an integer field in range; records a plain message in `errors` otherwise. */
export function readWholeNumber(value: unknown, what: string, range: Range, errors: string[]): number | undefined {
  if (isWholeNumberIn(value, range)) return value;
  errors.push(`${capitalized(what)} must be a whole number from ${range.min} to ${range.max}.`);
  return undefined;
}

/** An epoch-ms instant; the range check is the caller's, with its own message. */
export function readInstant(value: unknown, what: string, errors: string[]): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  errors.push(`${capitalized(what)} is missing or not a valid time.`);
  return undefined;
}

/** IANA names only ('Europe/Berlin', 'UTC', 'Etc/GMT+5'): offsets like '+05:00' aren't accepted everywhere. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** A zone both our date library and this device's Intl know, so later formatting can't throw on it. */
export function isKnownTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64 || !ZONE_NAME.test(value) || !isValidTimeZone(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
