import { describe, expect, it } from 'vitest';
import { localText, utc } from './localClock';
import { gapsInMinutes, plan, reminderTimes } from './planFixtures';

const NY = 'America/New_York';
// 2026-05-01 is an ordinary day in New York (UTC−4).
const ny = (clock: string, day = '2026-05-01') => utc(`${day}T${clock}:00-04:00`);

describe('planHydration: an ordinary day', () => {
  it('spreads five glasses from 15 minutes after the session to 30 minutes before bed', () => {
    const result = plan(ny('10:00'), NY);
    expect(reminderTimes(result)).toEqual([
      '2026-05-01 10:15', '2026-05-01 13:11', '2026-05-01 16:07', '2026-05-01 19:03', '2026-05-01 22:00',
    ]);
    expect(gapsInMinutes(result)).toEqual([176.25, 176.25, 176.25, 176.25]);
    expect(result.startsAt).toBe(ny('10:00'));
    expect(localText(result.dueBy, NY)).toBe('2026-05-01 22:30');
    expect(result.dueNextDay).toBe(false);
    expect(result.timeZone).toBe(NY);
  });

  it('numbers glasses from 1 and gives each reminder a stable id', () => {
    const result = plan(ny('10:00'), NY);
    expect(result.reminders.map((r) => [r.id, r.glassNumber, r.nextMorning])).toEqual([
      ['plan-1:water:0', 1, false], ['plan-1:water:1', 2, false], ['plan-1:water:2', 3, false],
      ['plan-1:water:3', 4, false], ['plan-1:water:4', 5, false],
    ]);
    expect(plan(ny('10:00'), NY).reminders).toEqual(result.reminders);
  });

  it('gives two glasses after light relaxation for someone who drinks well', () => {
    const result = plan(ny('15:00'), NY, { kind: 'relaxation', pressure: 'light', usual: 9 });
    expect(result.goalGlasses).toBe(2);
    expect(reminderTimes(result)).toEqual(['2026-05-01 15:15', '2026-05-01 22:00']);
  });

  it('sends a single glass to the first slot', () => {
    const result = plan(ny('15:00'), NY, { rules: { targets: { meetsThreshold: { min: 1, max: 1 }, belowThreshold: { min: 1, max: 1 } } } });
    expect(reminderTimes(result)).toEqual(['2026-05-01 15:15']);
  });

  it('rejects an unknown time zone', () => {
    expect(() => plan(ny('10:00'), 'Nowhere/Special')).toThrow(RangeError);
  });
});

describe('planHydration: late evening', () => {
  it('fits what it can before bed and carries the rest to the next morning, an hour apart', () => {
    const result = plan(ny('21:00'), NY);
    expect(reminderTimes(result)).toEqual([
      '2026-05-01 21:15', '2026-05-01 22:00', '2026-05-02 07:15 +1', '2026-05-02 08:15 +1', '2026-05-02 09:15 +1',
    ]);
    expect(result.dueBy).toBe(result.reminders[4]!.at);
    expect(result.dueNextDay).toBe(true);
  });

  it('carries everything when not even the first slot fits before bed', () => {
    const result = plan(ny('21:50'), NY);
    expect(reminderTimes(result)).toEqual([
      '2026-05-02 07:15 +1', '2026-05-02 08:15 +1', '2026-05-02 09:15 +1', '2026-05-02 10:15 +1', '2026-05-02 11:15 +1',
    ]);
    expect(result.startsAt).toBe(ny('21:50'));
    expect(localText(result.dueBy, NY)).toBe('2026-05-02 11:15');
    expect(result.dueNextDay).toBe(true);
  });

  it('spreads carried glasses evenly when the therapist allows wider morning spacing', () => {
    const result = plan(ny('21:50'), NY, { usual: 9, rules: { morningCarryMaxSpacingMin: 600 } });
    expect(reminderTimes(result)).toEqual(['2026-05-02 07:15 +1', '2026-05-02 14:37 +1', '2026-05-02 22:00 +1']);
  });

  it('never lets the night squeeze two reminders closer than the minimum spacing', () => {
    const result = plan(ny('23:00'), NY, {
      settings: { wakeTime: '00:00', bedtime: '23:59' },
      rules: { minSpacingMin: 120, firstReminderDelayMin: 0, lastReminderBeforeBedtimeMin: 0 },
    });
    expect(reminderTimes(result)).toEqual([
      '2026-05-01 23:00', '2026-05-02 01:00 +1', '2026-05-02 03:00 +1', '2026-05-02 05:00 +1', '2026-05-02 07:00 +1',
    ]);
  });
});

describe('planHydration: sessions that end at night start the plan at wake time', () => {
  it.each([
    ['at bedtime', ny('22:30')],
    ['at 23:40', ny('23:40')],
    ['at 02:00', ny('02:00', '2026-05-02')],
    ['a minute before wake time', ny('06:59', '2026-05-02')],
  ])('session %s', (_, endedAt) => {
    const result = plan(endedAt, NY);
    expect(localText(result.startsAt, NY)).toBe('2026-05-02 07:00');
    expect(reminderTimes(result)).toEqual([
      '2026-05-02 07:15', '2026-05-02 10:56', '2026-05-02 14:37', '2026-05-02 18:18', '2026-05-02 22:00',
    ]);
    expect(localText(result.dueBy, NY)).toBe('2026-05-02 22:30');
    expect(result.dueNextDay).toBe(false);
  });

  it('a session ending right at wake time starts then', () => {
    expect(plan(ny('07:00'), NY).startsAt).toBe(ny('07:00'));
  });
});

describe('planHydration: quiet hours', () => {
  it('spreads reminders over the time outside quiet periods', () => {
    const result = plan(ny('10:00'), NY, { settings: { quietHours: [{ start: '12:00', end: '14:00' }] } });
    expect(reminderTimes(result)).toEqual([
      '2026-05-01 10:15', '2026-05-01 14:42', '2026-05-01 17:08', '2026-05-01 19:34', '2026-05-01 22:00',
    ]);
  });

  it('moves a first slot that falls in a quiet period to its end', () => {
    const result = plan(ny('11:50'), NY, { kind: 'sports', settings: { quietHours: [{ start: '12:00', end: '13:00' }] } });
    expect(reminderTimes(result)).toEqual(['2026-05-01 13:00', '2026-05-01 16:00', '2026-05-01 19:00', '2026-05-01 22:00']);
  });

  it('stops a minute before a quiet period that runs into bedtime', () => {
    const result = plan(ny('10:00'), NY, { kind: 'sports', settings: { quietHours: [{ start: '21:00', end: '22:15' }] } });
    expect(reminderTimes(result)).toEqual(['2026-05-01 10:15', '2026-05-01 13:49', '2026-05-01 17:24', '2026-05-01 20:59']);
  });

  it('skips quiet periods on the next morning too', () => {
    const result = plan(ny('21:30'), NY, { settings: { quietHours: [{ start: '07:00', end: '09:00' }] } });
    expect(reminderTimes(result)).toEqual([
      '2026-05-01 21:45', '2026-05-02 09:00 +1', '2026-05-02 10:00 +1', '2026-05-02 11:00 +1', '2026-05-02 12:00 +1',
    ]);
  });

  it('treats overlapping quiet periods as one', () => {
    const quietHours = [{ start: '13:00', end: '15:00' }, { start: '12:00', end: '14:00' }];
    const overlapping = plan(ny('10:00'), NY, { settings: { quietHours } });
    const merged = plan(ny('10:00'), NY, { settings: { quietHours: [{ start: '12:00', end: '15:00' }] } });
    expect(overlapping.reminders).toEqual(merged.reminders);
  });
});

// Issue 10: any wake time and bedtime but equal ones are a day, however short; the plan fits what room
// there is and never fails for lack of it.
describe('planHydration: very short waking days', () => {
  it('a one-minute day holds no reminder, and the plan is still made', () => {
    const result = plan(ny('08:00'), NY, { settings: { wakeTime: '08:00', bedtime: '08:01' } });
    expect(result.goalGlasses).toBe(5);
    expect(result.reminders).toEqual([]);
    expect(localText(result.startsAt, NY)).toBe('2026-05-01 08:00');
    expect(localText(result.dueBy, NY)).toBe('2026-05-01 08:01');
    expect(result.dueNextDay).toBe(false);
  });

  it('a session after a one-minute day starts the plan at the next wake time, still with no reminder', () => {
    const result = plan(ny('12:00'), NY, { settings: { wakeTime: '08:00', bedtime: '08:01' } });
    expect(result.day).toBe('2026-05-02');
    expect(result.reminders).toEqual([]);
  });

  it('a two-hour day holds what fits, carries the rest one morning only, and leaves the others without a reminder', () => {
    // 08:15 … 09:30 holds three reminders at least 30 minutes apart, spread evenly; the next morning
    // three more, 30 minutes apart (the carry spacing, never below the minimum).
    const result = plan(ny('08:00'), NY, { usual: 3, settings: { wakeTime: '08:00', bedtime: '10:00' }, rules: { targets: { meetsThreshold: { min: 2, max: 3 }, belowThreshold: { min: 8, max: 8 } } } });
    expect(result.goalGlasses).toBe(8);
    expect(reminderTimes(result)).toEqual([
      '2026-05-01 08:15', '2026-05-01 08:52', '2026-05-01 09:30', '2026-05-02 08:15 +1', '2026-05-02 08:45 +1', '2026-05-02 09:15 +1',
    ]);
    expect(result.dueNextDay).toBe(true);
    expect(result.dueBy).toBe(result.reminders[5]!.at);
  });

  it('a half-hour day after midnight, mostly quiet, keeps its one free minute and nothing else', () => {
    // Awake 23:45–00:15; quiet 23:45–00:14. The last allowed moment is 23:45 (30 minutes before bed),
    // which is quiet: no room at all.
    const result = plan(ny('23:46'), NY, { settings: { wakeTime: '23:45', bedtime: '00:15', quietHours: [{ start: '23:45', end: '00:14' }] } });
    expect(result.reminders).toEqual([]);
    expect(result.day).toBe('2026-05-01');
  });

  it('a long day with quiet hours over all but a few minutes at its edges holds one reminder a day', () => {
    // Free: 07:15–07:19 and 21:50–22:00, 14 minutes in all: room for one reminder, 30 minutes from any other.
    const result = plan(ny('07:00'), NY, { settings: { quietHours: [{ start: '07:20', end: '21:50' }] } });
    expect(reminderTimes(result)).toEqual(['2026-05-01 07:15', '2026-05-02 07:15 +1']);
  });
});
