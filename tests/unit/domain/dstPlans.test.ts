/**
 * Plans on the days the clocks change. Instants are written in UTC so the expectations don't lean
 * on the code under test; comments give the local reading.
 */
import { describe, expect, it } from 'vitest';
import { localText, utc } from './localClock';
import { gapsInMinutes, plan, reminderTimes } from './planFixtures';

const iso = (ms: number) => new Date(ms).toISOString().replace(':00.000Z', 'Z');

describe('America/New_York, 2026-03-08 (02:00 EST → 03:00 EDT)', () => {
  const zone = 'America/New_York';

  it('a session in the early hours starts the plan at 07:00 EDT', () => {
    const result = plan(utc('2026-03-08T06:30:00Z'), zone); // 01:30 EST
    expect(iso(result.startsAt)).toBe('2026-03-08T11:00Z');
    expect(reminderTimes(result)).toEqual([
      '2026-03-08 07:15', '2026-03-08 10:56', '2026-03-08 14:37', '2026-03-08 18:18', '2026-03-08 22:00',
    ]);
    expect(iso(result.dueBy)).toBe('2026-03-09T02:30Z'); // 22:30 EDT
  });

  it('a wake time inside the skipped hour means the moment the clocks jump', () => {
    const result = plan(utc('2026-03-08T06:00:00Z'), zone, { settings: { wakeTime: '02:30' } }); // 01:00 EST
    expect(iso(result.startsAt)).toBe('2026-03-08T07:00Z'); // 03:00 EDT
    expect(localText(result.reminders[0]!.at, zone)).toBe('2026-03-08 03:15');
  });

  it('spaces reminders in real time across the jump (135 real minutes, not 195 on the clock)', () => {
    const settings = { wakeTime: '01:00', bedtime: '05:00' };
    const result = plan(utc('2026-03-08T05:30:00Z'), zone, { settings }); // 00:30 EST
    expect(gapsInMinutes(result)).toEqual([33.75, 33.75, 33.75, 33.75]);
    expect(iso(result.reminders[0]!.at)).toBe('2026-03-08T06:15Z'); // 01:15 EST
    expect(iso(result.reminders[4]!.at)).toBe('2026-03-08T08:30Z'); // 04:30 EDT
  });

  it('carries a glass over when the shorter day cannot hold them all', () => {
    const settings = { wakeTime: '01:00', bedtime: '05:00' };
    const result = plan(utc('2026-03-08T05:30:00Z'), zone, { settings, rules: { minSpacingMin: 40 } });
    expect(reminderTimes(result)).toEqual([
      '2026-03-08 01:15', '2026-03-08 03:00', '2026-03-08 03:45', '2026-03-08 04:30', '2026-03-09 01:15 +1',
    ]);
    expect(result.dueNextDay).toBe(true);
  });
});

describe('America/New_York, 2026-11-01 (02:00 EDT → 01:00 EST)', () => {
  const zone = 'America/New_York';

  // Issue 10 changed this: wake time ends the night, so a repeated one is its last occurrence, and
  // nothing that reads as night on the clock is reminded of.
  it('a wake time in the repeated hour means its last occurrence', () => {
    const result = plan(utc('2026-11-01T04:45:00Z'), zone, { settings: { wakeTime: '01:30' } }); // 00:45 EDT
    expect(iso(result.startsAt)).toBe('2026-11-01T06:30Z'); // 01:30 EST
  });

  it('a session in the second 01:30 is still at night', () => {
    const result = plan(utc('2026-11-01T06:30:00Z'), zone); // 01:30 EST
    expect(iso(result.startsAt)).toBe('2026-11-01T12:00Z'); // 07:00 EST
  });

  it('spaces reminders in real time after the repeated hour (wake is the second 01:00: 195 real minutes)', () => {
    const settings = { wakeTime: '01:00', bedtime: '05:00' };
    const result = plan(utc('2026-11-01T04:50:00Z'), zone, { settings }); // 00:50 EDT
    expect(gapsInMinutes(result)).toEqual([48.75, 48.75, 48.75, 48.75]);
    expect(iso(result.reminders[0]!.at)).toBe('2026-11-01T06:15Z'); // 01:15 EST
    expect(iso(result.reminders[4]!.at)).toBe('2026-11-01T09:30Z'); // 04:30 EST
  });
});

describe('Europe/London, 2026-03-29 (01:00 GMT → 02:00 BST)', () => {
  const zone = 'Europe/London';

  it('a session after bedtime the night before starts at 07:00 BST', () => {
    const result = plan(utc('2026-03-28T23:40:00Z'), zone); // 23:40 GMT
    expect(iso(result.startsAt)).toBe('2026-03-29T06:00Z');
    expect(iso(result.reminders[0]!.at)).toBe('2026-03-29T06:15Z');
    expect(iso(result.reminders[4]!.at)).toBe('2026-03-29T21:00Z'); // 22:00 BST
    expect(iso(result.dueBy)).toBe('2026-03-29T21:30Z');
  });

  it('a wake time inside the skipped hour means 02:00 BST', () => {
    const result = plan(utc('2026-03-29T00:40:00Z'), zone, { settings: { wakeTime: '01:30' } });
    expect(iso(result.startsAt)).toBe('2026-03-29T01:00Z');
  });
});

describe('Europe/London, 2026-10-25 (02:00 BST → 01:00 GMT)', () => {
  const zone = 'Europe/London';

  it('a session after bedtime the night before starts at 07:00 GMT', () => {
    const result = plan(utc('2026-10-24T22:40:00Z'), zone); // 23:40 BST
    expect(iso(result.startsAt)).toBe('2026-10-25T07:00Z');
    expect(localText(result.dueBy, zone)).toBe('2026-10-25 22:30');
  });

  it('a wake time in the repeated hour means 01:30 GMT, its last occurrence', () => {
    const result = plan(utc('2026-10-24T23:10:00Z'), zone, { settings: { wakeTime: '01:30' } }); // 00:10 BST
    expect(iso(result.startsAt)).toBe('2026-10-25T01:30Z');
  });
});

describe('Australia/Sydney, 2026-04-05 (03:00 AEDT → 02:00 AEST)', () => {
  const zone = 'Australia/Sydney';

  it('a session at 23:40 the night before starts at 07:00 AEST', () => {
    const result = plan(utc('2026-04-04T12:40:00Z'), zone); // 23:40 AEDT
    expect(iso(result.startsAt)).toBe('2026-04-04T21:00Z');
    expect(iso(result.dueBy)).toBe('2026-04-05T12:30Z'); // 22:30 AEST
    expect(result.dueNextDay).toBe(false);
  });

  it('a wake time in the repeated hour means 02:30 AEST, its last occurrence', () => {
    const result = plan(utc('2026-04-04T14:30:00Z'), zone, { settings: { wakeTime: '02:30' } }); // 01:30 AEDT
    expect(iso(result.startsAt)).toBe('2026-04-04T16:30Z');
  });
});

describe('Australia/Sydney, 2026-10-04 (02:00 AEST → 03:00 AEDT)', () => {
  const zone = 'Australia/Sydney';

  it('a session just before the jump starts at 07:00 AEDT', () => {
    const result = plan(utc('2026-10-03T15:59:00Z'), zone); // 01:59 AEST
    expect(iso(result.startsAt)).toBe('2026-10-03T20:00Z');
    expect(localText(result.reminders[0]!.at, zone)).toBe('2026-10-04 07:15');
  });

  it('a wake time inside the skipped hour means 03:00 AEDT', () => {
    const result = plan(utc('2026-10-03T15:50:00Z'), zone, { settings: { wakeTime: '02:30' } }); // 01:50 AEST
    expect(iso(result.startsAt)).toBe('2026-10-03T16:00Z');
  });
});
