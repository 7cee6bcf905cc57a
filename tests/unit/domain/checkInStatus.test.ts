// @vitest-environment node
/** Check-in expiry and headings: open while they mean something, missed after, headed by what they are for today. */
import { describe, expect, it } from 'vitest';
import { checkInSchedule } from '../../../src/domain/checkIns/checkIns';
import { checkInHeading, checkInStatus, missedCheckInLabel } from '../../../src/domain/checkIns/checkInStatus';
import { DAY, HOUR, NOW, validPlan } from './carePlanFixtures';

const SETTINGS = { wakeTime: '07:00', bedtime: '22:30' };
const plan = validPlan();
const schedule = checkInSchedule({ plan, acceptedAt: NOW, settings: SETTINGS });
const byKind = (kind: string) => schedule.find((c) => c.kind === kind)!;

describe('checkInStatus', () => {
  it('offers the 24 h check-in for a day, then marks it missed when the 48 h one opens', () => {
    const h24 = byKind('after-24h');
    expect(h24.closesAt - h24.dueAt).toBe(DAY);
    const answers = [{ checkInId: byKind('baseline').id }];
    expect(checkInStatus(schedule, answers, h24.dueAt + HOUR).due?.kind).toBe('after-24h');
    const later = checkInStatus(schedule, answers, byKind('after-48h').dueAt + HOUR);
    expect(later.due?.kind).toBe('after-48h');
    expect(later.missed.map((c) => c.kind)).toEqual(['after-24h']);
  });

  it('never offers a timed check-in forty days later; the missed ones are listed', () => {
    const status = checkInStatus(schedule, [], NOW + 40 * DAY);
    expect(status.due).toBeUndefined();
    expect(status.missed.map((c) => c.kind)).toEqual(['baseline', 'after-24h', 'after-48h', 'weekly', 'weekly', 'weekly']);
    expect(status.upcoming).toBeUndefined();
  });

  it('an answered check-in is neither due nor missed', () => {
    const status = checkInStatus(schedule, [{ checkInId: byKind('after-24h').id }], byKind('after-48h').dueAt + 6 * HOUR);
    expect(status.missed.map((c) => c.kind)).toEqual(['baseline']);
  });

  it('a weekly check-in stays open until the next week’s is due', () => {
    const weeks = schedule.filter((c) => c.kind === 'weekly');
    expect(weeks[0]!.closesAt).toBe(weeks[0]!.dueAt + 7 * DAY);
    const answered = schedule.filter((c) => c.kind !== 'weekly').map((c) => ({ checkInId: c.id }));
    expect(checkInStatus(schedule, answered, weeks[1]!.dueAt + HOUR).due?.week).toBe(2);
  });
});

describe('checkInHeading', () => {
  it('counts from the session day to the day it is shown, and names the plan week for weekly ones', () => {
    expect(checkInHeading({ kind: 'after-24h' }, '2026-05-12', '2026-05-13')).toBe('One day after your session');
    expect(checkInHeading({ kind: 'after-24h' }, '2026-05-12', '2026-05-14')).toBe('Two days after your session');
    expect(checkInHeading({ kind: 'after-48h' }, '2026-05-12', '2026-05-14')).toBe('Two days after your session');
    expect(checkInHeading({ kind: 'weekly', week: 2 }, '2026-05-12', '2026-05-26')).toBe('How week 2 of your plan went');
    expect(checkInHeading({ kind: 'baseline' }, '2026-05-12', '2026-05-12')).toBe('Where you are today');
    expect(missedCheckInLabel({ kind: 'after-24h' })).toBe('One day after your session');
  });
});
