import { describe, expect, it } from 'vitest';
import { localDateOf, localInstant, parseClockTime } from '../../../src/domain/time/wallClock';
import { utc } from './localClock';

const date = (text: string) => {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};
const at = (day: string, clock: string, zone: string) => localInstant(date(day), parseClockTime(clock)!, zone);
const iso = (ms: number) => new Date(ms).toISOString();

describe('parseClockTime', () => {
  it('reads HH:mm as minutes after midnight', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('07:30')).toBe(450);
    expect(parseClockTime('23:59')).toBe(1439);
  });

  it.each(['7:30', '24:00', '12:60', '12:3', ' 12:30', '12h30'])('rejects "%s"', (text) => {
    expect(parseClockTime(text)).toBeUndefined();
  });
});

describe('localInstant', () => {
  it('maps an ordinary clock time to its one instant', () => {
    expect(iso(at('2026-06-10', '07:00', 'America/New_York'))).toBe('2026-06-10T11:00:00.000Z');
    expect(iso(at('2026-06-10', '07:00', 'Asia/Kolkata'))).toBe('2026-06-10T01:30:00.000Z');
    expect(iso(at('2026-01-10', '07:00', 'Pacific/Chatham'))).toBe('2026-01-09T17:15:00.000Z');
    expect(iso(at('2026-06-10', '07:00', 'UTC'))).toBe('2026-06-10T07:00:00.000Z');
  });

  describe('a skipped clock time resolves to the moment the clocks jump', () => {
    it.each([
      ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:00:00.000Z'],
      ['America/New_York', '2026-03-08', '02:00', '2026-03-08T07:00:00.000Z'],
      ['Europe/London', '2026-03-29', '01:30', '2026-03-29T01:00:00.000Z'],
      ['Europe/Berlin', '2026-03-29', '02:59', '2026-03-29T01:00:00.000Z'],
      ['Australia/Sydney', '2026-10-04', '02:30', '2026-10-03T16:00:00.000Z'],
      ['Pacific/Chatham', '2026-09-27', '03:00', '2026-09-26T14:00:00.000Z'],
      ['Australia/Lord_Howe', '2026-10-04', '02:10', '2026-10-03T15:30:00.000Z'],
    ])('%s %s %s', (zone, day, clock, expected) => {
      expect(iso(at(day, clock, zone))).toBe(expected);
    });
  });

  describe('a repeated clock time resolves to its first occurrence', () => {
    it.each([
      ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
      ['America/St_Johns', '2026-11-01', '01:30', '2026-11-01T04:00:00.000Z'],
      ['Europe/London', '2026-10-25', '01:30', '2026-10-25T00:30:00.000Z'],
      ['Australia/Sydney', '2026-04-05', '02:30', '2026-04-04T15:30:00.000Z'],
      ['Pacific/Auckland', '2026-04-05', '02:15', '2026-04-04T13:15:00.000Z'],
      ['Australia/Lord_Howe', '2026-04-05', '01:40', '2026-04-04T14:40:00.000Z'],
    ])('%s %s %s', (zone, day, clock, expected) => {
      expect(iso(at(day, clock, zone))).toBe(expected);
    });
  });

  it('throws on an unknown zone', () => {
    expect(() => at('2026-06-10', '07:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('localDateOf', () => {
  it('reads the calendar date in the zone, not in UTC', () => {
    expect(localDateOf(utc('2026-06-10T03:00:00Z'), 'America/Los_Angeles')).toEqual(date('2026-06-09'));
    expect(localDateOf(utc('2026-06-10T20:00:00Z'), 'Pacific/Auckland')).toEqual(date('2026-06-11'));
    expect(localDateOf(utc('2026-12-31T23:30:00Z'), 'UTC')).toEqual(date('2026-12-31'));
  });
});
