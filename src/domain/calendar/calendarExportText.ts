/**
 * Touch-ups to what `ics` 3.12 writes, done on content lines so each one stays small and visible:
 * - Durations: its formatter always writes the 'T', so an alarm at the start comes out as
 *   `TRIGGER:PT` and "a day before" as `TRIGGER:-P1DT`. RFC 5545 §3.3.6 allows neither, and ical.js
 *   refuses a bare `P` (kewisch/ical.js#400). We write `PT0M` and `-P1D`.
 * - Folding: it folds at 75 *characters*; RFC 5545 §3.1 says 75 *octets*, so lines with accents or
 *   emoji came out too long. We unfold and fold again by UTF-8 octets, never inside a character.
 * The fingerprint is taken here too, over the unfolded lines, so folding can never change it.
 */
import { contentHash } from '../carePlan/carePlanId';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
/** Lines that change on every export without the calendar's content changing. */
const VOLATILE = /^(DTSTAMP|SEQUENCE)[:;]/;

/** RFC 5545 §3.3.11 TEXT escaping, for the one place `ics` leaves it to us (alarm descriptions). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

/** Continuation lines start with one space or tab, which unfolding removes with the line break. */
export function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split(CRLF).filter((line) => line !== '');
}

/** `-P1DT` → `-P1D`, `PT` → `PT0M`; a value that doesn't end in a bare 'T' is left as it is. */
function repairDuration(line: string): string {
  const match = /^(TRIGGER|DURATION):(-?)P(.*)T$/.exec(line);
  if (!match) return line;
  const [, name, sign, datePart] = match;
  return `${name}:${sign}P${datePart === '' ? 'T0M' : datePart}`;
}

/** Rewrites the duration lines the ics library emits so strict calendar apps accept them. */
export function repairDurations(lines: readonly string[]): string[] {
  return lines.map(repairDuration);
}

const utf8Length = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Break after at most 75 octets; a continuation line's leading space counts toward its 75. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** Joins content lines with the CRLF line ends RFC 5545 requires. */
export function joinLines(lines: readonly string[]): string {
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A hash of everything but DTSTAMP and SEQUENCE: equal fingerprints mean nothing to update. */
export function fingerprintOf(lines: readonly string[]): string {
  return contentHash(lines.filter((line) => !VOLATILE.test(line)).join('\n'));
}
