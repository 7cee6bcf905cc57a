import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings/settings';
import { exerciseReminderTimes } from '../../../src/domain/exercises/exerciseTimes';
import { clock, settingsArb } from './propertyArbitraries';

const day = (wakeTime: string, bedtime: string, quietHours: Settings['quietHours'] = []): Settings =>
  ({ ...DEFAULT_SETTINGS, wakeTime, bedtime, quietHours });
const minutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));

describe('exerciseReminderTimes', () => {
  it('spreads the times from wake + 60 min to bedtime − 90 min (07:00–22:30 by default)', () => {
    expect(exerciseReminderTimes(2, DEFAULT_SETTINGS)).toEqual(['08:00', '21:00']);
    expect(exerciseReminderTimes(3, DEFAULT_SETTINGS)).toEqual(['08:00', '14:30', '21:00']);
    expect(exerciseReminderTimes(6, DEFAULT_SETTINGS)).toEqual(['08:00', '10:35', '13:10', '15:50', '18:25', '21:00']);
  });

  it('puts a once-a-day exercise at 18:00, or the nearest allowed time', () => {
    expect(exerciseReminderTimes(1, DEFAULT_SETTINGS)).toEqual(['18:00']);
    expect(exerciseReminderTimes(1, day('05:00', '16:00'))).toEqual(['14:30']);
    expect(exerciseReminderTimes(1, day('19:00', '23:59'))).toEqual(['20:00']);
    expect(exerciseReminderTimes(1, day('07:00', '22:30', [{ start: '17:00', end: '19:30' }]))).toEqual(['16:55']);
  });

  it('uses the client’s own times when there are enough of them', () => {
    const own = { ...DEFAULT_SETTINGS, exerciseTimes: ['07:30', '12:15', '19:45'] };
    expect(exerciseReminderTimes(3, own)).toEqual(['07:30', '12:15', '19:45']);
    expect(exerciseReminderTimes(2, own)).toEqual(['07:30', '19:45']);
    expect(exerciseReminderTimes(1, own)).toEqual(['19:45']);
    expect(exerciseReminderTimes(4, own)).toEqual(exerciseReminderTimes(4, DEFAULT_SETTINGS));
  });

  it('rounds to 5 minutes inward, so the window is never left', () => {
    // 06:03 + 60 = 07:03 → 07:05; 22:58 − 90 = 21:28 → 21:25.
    expect(exerciseReminderTimes(2, day('06:03', '22:58'))).toEqual(['07:05', '21:25']);
  });

  it('keeps out of quiet periods: a time inside one moves along, the others stay spread', () => {
    const settings = day('07:00', '22:30', [{ start: '13:00', end: '16:00' }]);
    expect(exerciseReminderTimes(3, settings)).toEqual(['08:00', '16:00', '21:00']);
  });

  it('uses the whole waking day when quiet periods fill the preferred window', () => {
    const settings = day('07:00', '11:00', [{ start: '08:00', end: '09:45' }]);
    expect(exerciseReminderTimes(2, settings)).toEqual(['07:00', '10:55']);
  });

  it('refuses a count that is not a whole number of at least 1', () => {
    for (const count of [0, -1, 1.5, Number.NaN]) expect(() => exerciseReminderTimes(count, DEFAULT_SETTINGS)).toThrow(RangeError);
  });

  const waking = fc.integer({ min: 0, max: 24 * 60 - 1 - 240 })
    .chain((wake) => fc.integer({ min: wake + 240, max: 24 * 60 - 1 }).map((bed) => day(clock(wake), clock(bed))));

  it('any waking day of 4 h or more: timesPerDay times, increasing, on the grid, inside the window', () => {
    fc.assert(fc.property(waking, fc.integer({ min: 1, max: 6 }), (settings, count) => {
      const times = exerciseReminderTimes(count, settings).map(minutes);
      expect(times).toHaveLength(count);
      times.slice(1).forEach((time, i) => expect(time).toBeGreaterThan(times[i]!));
      for (const time of times) {
        expect(time % 5).toBe(0);
        expect(time).toBeGreaterThanOrEqual(minutes(settings.wakeTime) + 60);
        expect(time).toBeLessThanOrEqual(minutes(settings.bedtime) - 90);
      }
    }), { numRuns: 300 });
  });

  it('settings that pass validation, quiet hours included: all the times, none quiet, inside [wake, bedtime)', () => {
    fc.assert(fc.property(settingsArb(0), fc.integer({ min: 1, max: 6 }), (settings, count) => {
      const times = exerciseReminderTimes(count, settings).map(minutes);
      expect(times).toHaveLength(count);
      times.slice(1).forEach((time, i) => expect(time).toBeGreaterThan(times[i]!));
      for (const time of times) {
        expect(time).toBeGreaterThanOrEqual(minutes(settings.wakeTime));
        expect(time).toBeLessThan(minutes(settings.bedtime));
        for (const quiet of settings.quietHours) {
          expect(time >= minutes(quiet.start) && time < minutes(quiet.end)).toBe(false);
        }
      }
    }), { numRuns: 200 });
  });
});
