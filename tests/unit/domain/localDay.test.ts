// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../src/domain/links/base64url';
import { addIsoDays, daysBetween, isIsoDate, isoDateOf } from '../../../src/domain/time/localDay';
import { localDateKey } from '../../../src/domain/time/timeFormat';

describe('ISO dates', () => {
  it('accepts only real calendar dates', () => {
    expect(['2026-02-28', '2028-02-29', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '0099-01-01', ' 2026-01-01', 20260101].some(isIsoDate)).toBe(false);
  });

  it('adds days across months, years and clock changes', () => {
    expect(addIsoDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addIsoDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(isoDateOf(Date.parse('2026-05-13T03:30:00Z'), 'America/New_York')).toBe('2026-05-12');
  });

  it("names an instant's date in each zone it is asked for (one remembered formatter per zone)", () => {
    const at = Date.parse('2026-05-13T03:30:00Z');
    expect([localDateKey(at, 'America/New_York'), localDateKey(at, 'Europe/London'), localDateKey(at, 'America/New_York')]).toEqual(['2026-05-12', '2026-05-13', '2026-05-12']);
  });
});

describe('base64url', () => {
  it('matches Node’s encoder and decodes back, for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(bytes);
    }), { numRuns: 500 });
  });

  it('refuses characters outside the alphabet, padding and impossible lengths', () => {
    for (const text of ['ab+c', 'ab/c', 'abc=', 'abcde', 'ab c', 'a\u00e9']) expect(fromBase64Url(text)).toBeUndefined();
  });
});
