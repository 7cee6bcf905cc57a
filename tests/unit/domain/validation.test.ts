import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings/settings';
import { validateSession } from '../../../src/domain/session/sessionSchema';
import { validateSettings } from '../../../src/domain/settings/settingsSchema';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
const NOW = Date.parse('2026-06-10T15:00:00Z');
const MINUTE = 60_000;
const session = { kind: 'sports', pressure: 'medium', usualGlassesPerDay: 6, endedAt: NOW - 30 * MINUTE } as const;

describe('validateSettings', () => {
  it('accepts sensible settings', () => {
    expect(validateSettings(settings({ wakeTime: '06:15', bedtime: '23:59', quietHours: [{ start: '12:00', end: '13:00' }] }))).toEqual({});
  });

  it.each(['7:00', '07:0', '24:00', '07:60', 'seven', ''])('rejects the wake time "%s"', (wakeTime) => {
    expect(validateSettings(settings({ wakeTime })).wakeTime).toMatch(/wake time like 07:00/);
  });

  // Issue 10 changed this: night owls and night shifts are waking days like any other.
  it('accepts a bedtime after midnight and a day that starts in the evening', () => {
    expect(validateSettings(settings({ wakeTime: '10:00', bedtime: '01:30' }))).toEqual({});
    expect(validateSettings(settings({ wakeTime: '18:00', bedtime: '10:00' }))).toEqual({});
    expect(validateSettings(settings({ wakeTime: '18:00', bedtime: '10:00', quietHours: [{ start: '23:30', end: '00:30' }] }))).toEqual({});
  });

  it('rejects a bedtime equal to the wake time', () => {
    expect(validateSettings(settings({ wakeTime: '08:00', bedtime: '08:00' })).bedtime).toMatch(/must be different/);
  });

  // Issue 10 changed this too: a waking day of any length is the client's own (the schedule fits
  // what room there is, possibly no reminder at all); only equal times are refused.
  it('accepts a waking day of any length, across midnight too', () => {
    expect(validateSettings(settings({ wakeTime: '22:00', bedtime: '01:59' }))).toEqual({});
    expect(validateSettings(settings({ wakeTime: '08:00', bedtime: '08:01' }))).toEqual({});
    expect(validateSettings(settings({ wakeTime: '23:45', bedtime: '00:15' }))).toEqual({});
    expect(validateSettings(settings({ wakeTime: '08:00', bedtime: '07:59' }))).toEqual({});
  });

  it('checks quiet periods: start before end, inside the waking day, well-formed', () => {
    const quiet = (start: string, end: string) => validateSettings(settings({ quietHours: [{ start, end }] })).quietHours;
    expect(quiet('14:00', '13:00')).toMatch(/Quiet period 1 must start before it ends/);
    expect(quiet('13:00', '13:00')).toMatch(/start before it ends/);
    expect(quiet('06:00', '08:00')).toMatch(/between your wake time and bedtime/);
    expect(quiet('22:00', '23:00')).toMatch(/between your wake time and bedtime/);
    expect(validateSettings(settings({ wakeTime: '10:00', bedtime: '01:30', quietHours: [{ start: '01:00', end: '02:00' }] })).quietHours)
      .toMatch(/between your wake time and bedtime/);
    expect(quiet('noon', '13:00')).toMatch(/start and end time/);
    expect(validateSettings(settings({ quietHours: [{ start: '09:00', end: '10:00' }, { start: '11:00', end: '10:30' }] })).quietHours)
      .toMatch(/Quiet period 2/);
  });

  it('accepts quiet hours that leave little or no room for water reminders', () => {
    expect(validateSettings(settings({ quietHours: [{ start: '07:00', end: '21:00' }] }))).toEqual({});
    expect(validateSettings(settings({ wakeTime: '08:00', bedtime: '08:30', quietHours: [{ start: '08:00', end: '08:30' }] }))).toEqual({});
  });

  it.each([49, 1001, 5000, 0, Number.NaN])('rejects a %s ml glass', (glassMl) => {
    expect(validateSettings(settings({ glassMl })).glassMl).toBe('A glass must hold between 50 and 1000 ml.');
  });

  it('accepts glasses from 50 to 1000 ml', () => {
    expect(validateSettings(settings({ glassMl: 50 }))).toEqual({});
    expect(validateSettings(settings({ glassMl: 1000 }))).toEqual({});
  });

  it('bounds the good daily amount to 1–30 glasses and knows the units', () => {
    expect(validateSettings(settings({ goodDailyGlasses: 0 })).goodDailyGlasses).toMatch(/between 1 and 30/);
    expect(validateSettings(settings({ goodDailyGlasses: 31 })).goodDailyGlasses).toMatch(/between 1 and 30/);
    expect(validateSettings(settings({ goodDailyGlasses: 30 }))).toEqual({});
    expect(validateSettings(settings({ unit: 'cups' as never })).unit).toMatch(/ml, fl oz or glasses/);
  });

  it('reports every field when nothing is filled in', () => {
    expect(Object.keys(validateSettings({})).sort()).toEqual(
      ['bedtime', 'glassMl', 'goodDailyGlasses', 'quietHours', 'unit', 'wakeTime'],
    );
  });
});

describe('validateSession', () => {
  it('accepts a session that just ended', () => {
    expect(validateSession(session, NOW)).toEqual({});
  });

  it.each([0, 60, 2.5, -3, Number.NaN])('rejects %s usual glasses a day', (usualGlassesPerDay) => {
    expect(validateSession({ ...session, usualGlassesPerDay }, NOW).usualGlassesPerDay).toMatch(/whole number from 1 to 30/);
  });

  it('accepts 1 and 30 usual glasses', () => {
    expect(validateSession({ ...session, usualGlassesPerDay: 1 }, NOW)).toEqual({});
    expect(validateSession({ ...session, usualGlassesPerDay: 30 }, NOW)).toEqual({});
  });

  it('allows 5 minutes of clock skew but not a session in the future', () => {
    expect(validateSession({ ...session, endedAt: NOW + 5 * MINUTE }, NOW)).toEqual({});
    expect(validateSession({ ...session, endedAt: NOW + 6 * MINUTE }, NOW).endedAt).toMatch(/future/);
  });

  it('allows sessions up to 7 days old', () => {
    const week = 7 * 24 * 60 * MINUTE;
    expect(validateSession({ ...session, endedAt: NOW - week }, NOW)).toEqual({});
    expect(validateSession({ ...session, endedAt: NOW - week - MINUTE }, NOW).endedAt).toMatch(/last 7 days/);
  });

  it('rejects unknown kinds and pressures', () => {
    const errors = validateSession({ ...session, kind: 'hot-stone' as never, pressure: 'max' as never }, NOW);
    expect(errors.kind).toBe('Choose the kind of massage.');
    expect(errors.pressure).toBe('Choose the pressure that was used.');
  });

  it('reports every field when nothing is filled in', () => {
    const errors = validateSession({}, NOW);
    expect(Object.keys(errors).sort()).toEqual(['endedAt', 'kind', 'pressure', 'usualGlassesPerDay']);
    expect(errors.endedAt).toBe('Enter when the session ended.');
  });
});
