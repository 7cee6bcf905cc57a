// @vitest-environment node
/**
 * The day model: which day (and plan) a drink belongs to, and what Today is about after bedtime,
 * after midnight, the next morning, on a day without a session, after a late session and after a
 * second one. New York, default settings (wake 07:00, bed 22:30, 8 glasses a day, 250 ml glasses).
 */
import { describe, expect, it } from 'vitest';
import { dayWater, placeDrink, planEndsAt, waterDays, type DayDrink, type DaySession } from '../../../src/domain/hydration/hydrationDay';
import { todayWater } from '../../../src/domain/hydration/hydrationToday';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings/settings';
import { wakingDayOf } from '../../../src/domain/time/wakingDay';
import { localText } from './localClock';

const ZONE = 'America/New_York';
const SETTINGS = DEFAULT_SETTINGS;
/** 2026-10-20 … in New York (EDT, UTC−4): local clock `hh:mm` on that date. */
const at = (date: string, clock: string) => Date.parse(`${date}T${clock}:00-04:00`);

function session(id: string, endedAt: number, settings: Settings = SETTINGS): DaySession {
  const input = { kind: 'deep-tissue' as const, pressure: 'firm' as const, usualGlassesPerDay: 3, endedAt };
  return { id, createdAt: endedAt + 60_000, plan: planHydration({ sessionId: id, session: input, settings, timeZone: ZONE }), glassMl: 250 };
}

function glass(id: string, when: number, sessions: DaySession[], volumeMl = 250): DayDrink {
  return { id, at: when, beverage: 'water', volumeMl, ...placeDrink(when, sessions, SETTINGS, ZONE) };
}

describe('which day a drink belongs to', () => {
  const s = session('s1', at('2026-10-20', '15:00'));

  it('a glass during the plan counts toward it, on its day', () => {
    expect(placeDrink(at('2026-10-20', '18:00'), [s], SETTINGS, ZONE)).toEqual({ day: '2026-10-20', sessionId: 's1' });
  });

  it('after bedtime and after midnight the plan still takes glasses, up to the middle of the night', () => {
    expect(placeDrink(at('2026-10-20', '23:30'), [s], SETTINGS, ZONE)).toEqual({ day: '2026-10-20', sessionId: 's1' });
    expect(placeDrink(at('2026-10-21', '01:00'), [s], SETTINGS, ZONE)).toEqual({ day: '2026-10-20', sessionId: 's1' });
    expect(localText(planEndsAt(s.plan, SETTINGS), ZONE)).toBe('2026-10-21 02:45');
  });

  it('the next morning a glass is that day’s own log, never the old plan’s', () => {
    expect(placeDrink(at('2026-10-21', '06:30'), [s], SETTINGS, ZONE)).toEqual({ day: '2026-10-21' });
    expect(placeDrink(at('2026-10-21', '12:05'), [s], SETTINGS, ZONE)).toEqual({ day: '2026-10-21' });
  });

  it('a night owl’s glass at 01:00 belongs to the day that is ending; a night worker’s day runs across midnight', () => {
    const owl = { ...SETTINGS, wakeTime: '10:00', bedtime: '01:30' };
    expect(wakingDayOf(at('2026-10-21', '01:00'), owl, ZONE)).toBe('2026-10-20');
    expect(wakingDayOf(at('2026-10-21', '06:00'), owl, ZONE)).toBe('2026-10-21');
    const shift = { ...SETTINGS, wakeTime: '18:00', bedtime: '10:00' };
    expect(wakingDayOf(at('2026-10-21', '03:00'), shift, ZONE)).toBe('2026-10-20');
    expect(wakingDayOf(at('2026-10-21', '13:00'), shift, ZONE)).toBe('2026-10-20');
    expect(wakingDayOf(at('2026-10-21', '15:00'), shift, ZONE)).toBe('2026-10-21');
  });
});

describe('what Today is about', () => {
  const s = session('s1', at('2026-10-20', '15:00'));
  const drinks = [glass('d1', at('2026-10-20', '16:00'), [s]), glass('d2', at('2026-10-20', '19:00'), [s]), glass('d3', at('2026-10-20', '23:00'), [s])];

  it('in the evening: today’s plan, its glasses, the next reminder', () => {
    const today = todayWater(at('2026-10-20', '19:30'), [s], drinks.slice(0, 2), SETTINGS, ZONE);
    expect(today).toMatchObject({ today: '2026-10-20', current: { counted: 2, goal: 5, met: false }, earlier: [] });
    // Reminders at 15:15, 16:56, 18:37, 20:18 and 22:00: the one for glass 3 has passed.
    expect(today.nextReminder?.glassNumber).toBe(4);
    expect(localText(today.nextReminder!.at, ZONE)).toBe('2026-10-20 20:18');
    expect(today.yesterday).toBeUndefined();
  });

  it('after bedtime and after midnight it is still today’s plan, with no reminder left', () => {
    for (const moment of [at('2026-10-20', '23:40'), at('2026-10-21', '01:00')]) {
      const today = todayWater(moment, [s], drinks, SETTINGS, ZONE);
      expect(today.today).toBe('2026-10-20');
      expect(today.current).toMatchObject({ counted: 3 });
      expect(today.nextReminder).toBeUndefined();
    }
  });

  it('the next morning: yesterday’s result, then today’s own log against the everyday amount', () => {
    const morning = [...drinks, glass('d4', at('2026-10-21', '08:00'), [s])];
    const today = todayWater(at('2026-10-21', '08:05'), [s], morning, SETTINGS, ZONE);
    expect(today.today).toBe('2026-10-21');
    expect(today.current).toBeUndefined();
    expect(today.yesterday).toEqual({ counted: 3, goal: 5, met: false, kind: 'plan' });
    expect(today.own).toEqual({ counted: 1, goal: 8 });
  });

  it('a day without a session: its own glasses against the everyday amount, and History shows each day once', () => {
    const later = [...drinks, glass('d4', at('2026-10-22', '09:00'), [s]), glass('d5', at('2026-10-22', '13:00'), [s])];
    const today = todayWater(at('2026-10-22', '13:05'), [s], later, SETTINGS, ZONE);
    expect(today.own).toEqual({ counted: 2, goal: 8 });
    expect(today.yesterday).toBeUndefined(); // the 21st had neither plan nor drinks
    const days = waterDays([s], later, { glasses: 8, glassMl: 250 });
    expect(days.map((d) => [d.day, d.result])).toEqual([
      ['2026-10-22', { counted: 2, goal: 8, met: false, kind: 'everyday' }],
      ['2026-10-20', { counted: 3, goal: 5, met: false, kind: 'plan' }],
    ]);
  });

  it('a session that ends at 23:30 makes tomorrow’s plan: tonight’s glasses are today’s, tomorrow’s count toward it', () => {
    const late = session('late', at('2026-10-20', '23:30'));
    expect(late.plan.day).toBe('2026-10-21');
    const tonight = glass('t1', at('2026-10-20', '23:45'), [late]);
    expect(tonight).toMatchObject({ day: '2026-10-20' });
    expect(tonight.sessionId).toBeUndefined();
    const atOne = todayWater(at('2026-10-21', '01:00'), [late], [tonight], SETTINGS, ZONE);
    expect(atOne).toMatchObject({ today: '2026-10-20', upcoming: { id: 'late' }, own: { counted: 1 } });
    expect(atOne.current).toBeUndefined();
    const morning = todayWater(at('2026-10-21', '08:00'), [late], [tonight, glass('m1', at('2026-10-21', '07:50'), [late])], SETTINGS, ZONE);
    expect(morning).toMatchObject({ today: '2026-10-21', current: { counted: 1, goal: 5 } });
    expect(morning.yesterday).toEqual({ counted: 1, goal: 8, met: false, kind: 'everyday' });
  });

  it('a second session the same day: a new plan from then on; earlier glasses stay with the first, none counted twice', () => {
    const first = session('first', at('2026-10-20', '09:00'));
    const second = session('second', at('2026-10-20', '14:00'));
    const before = [glass('a', at('2026-10-20', '10:00'), [first]), glass('b', at('2026-10-20', '12:00'), [first])];
    const after = glass('c', at('2026-10-20', '15:00'), [first, second]);
    expect(after.sessionId).toBe('second');
    const today = todayWater(at('2026-10-20', '15:30'), [first, second], [...before, after], SETTINGS, ZONE);
    expect(today.current).toMatchObject({ session: { id: 'second' }, counted: 1 });
    expect(today.earlier).toEqual([expect.objectContaining({ session: expect.objectContaining({ id: 'first' }), counted: 2 })]);
    const day = dayWater('2026-10-20', [first, second], [...before, after], { glasses: 8, glassMl: 250 });
    expect(day.plans.map((p) => p.counted)).toEqual([2, 1]);
    expect(day.ownCounted).toBe(0);
    expect(day.result).toMatchObject({ counted: 1, goal: 5 });
  });

  it('glasses carried to the next morning keep counting toward the plan until its last reminder', () => {
    const evening = session('eve', at('2026-10-20', '21:50'));
    expect(evening.plan.dueNextDay).toBe(true);
    const due = evening.plan.dueBy;
    expect(placeDrink(due - 60_000, [evening], SETTINGS, ZONE)).toEqual({ day: '2026-10-20', sessionId: 'eve' });
    expect(placeDrink(due + 1, [evening], SETTINGS, ZONE)).toEqual({ day: '2026-10-21' });
    const morning = todayWater(due - 60_000, [evening], [], SETTINGS, ZONE);
    expect(morning).toMatchObject({ today: '2026-10-21', current: { session: { id: 'eve' } } });
    expect(morning.yesterday).toBeUndefined();
  });
});
