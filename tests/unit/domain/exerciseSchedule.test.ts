// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { adherence, exercisesForDay, isDoneForToday, planEndDate, planStartDate, type ExerciseCheck } from '../../../src/domain/exercises/exerciseSchedule';
import { validPlan } from './carePlanFixtures';

const neck = { ...EXERCISE_LIBRARY[0]!, sets: 2, timesPerDay: 2, durationDays: 21 };
const chin = { ...EXERCISE_LIBRARY[3]!, sets: 3, timesPerDay: 1, durationDays: 3 };
// Session ended 10:00 on Tuesday 12 May 2026 in New York.
const plan = validPlan({ exercises: [neck, chin] });
const check = (exerciseId: string, localDate: string, round: number, setsDone: number, carePlanId = plan.id): ExerciseCheck =>
  ({ carePlanId, exerciseId, localDate, round, setsDone });

describe('exercisesForDay', () => {
  it('counts days from the session day, in the plan’s zone', () => {
    expect(planStartDate(plan)).toBe('2026-05-12');
    // 23:30 in New York is already the next day in UTC; the plan still starts on the local day.
    const late = validPlan({ session: { kind: 'sports', pressure: 'deep', usualGlassesPerDay: 4, endedAt: Date.parse('2026-05-12T03:30:00Z') } });
    expect(planStartDate(late)).toBe('2026-05-11');
    // 00:30 in Sydney on the 13th is still the 12th in UTC.
    const sydney = validPlan({ timeZone: 'Australia/Sydney', session: { kind: 'sports', pressure: 'deep', usualGlassesPerDay: 4, endedAt: Date.parse('2026-05-12T14:30:00Z') } });
    expect(planStartDate(sydney)).toBe('2026-05-13');
  });

  it('lists each exercise until its own duration ends', () => {
    expect(exercisesForDay(plan, '2026-05-11')).toEqual([]);
    expect(exercisesForDay(plan, '2026-05-12').map((due) => [due.exercise.id, due.dayNumber, due.setsExpected]))
      .toEqual([['neck-side-bend', 1, 4], ['chin-tuck', 1, 3]]);
    expect(exercisesForDay(plan, '2026-05-14').map((due) => due.exercise.id)).toEqual(['neck-side-bend', 'chin-tuck']);
    expect(exercisesForDay(plan, '2026-05-15').map((due) => due.exercise.id)).toEqual(['neck-side-bend']);
    expect(exercisesForDay(plan, '2026-06-01')[0]).toMatchObject({ dayNumber: 21, lastDate: '2026-06-01' });
    expect(exercisesForDay(plan, '2026-06-02')).toEqual([]);
    expect(planEndDate(plan)).toBe('2026-06-01');
  });

  it('lists nothing for a malformed date', () => {
    for (const date of ['2026-5-12', '2026-02-30', 'tomorrow', '']) expect(exercisesForDay(plan, date)).toEqual([]);
  });

  it('runs a plan without exercises for six weeks', () => {
    expect(planEndDate(validPlan({ exercises: [] }))).toBe('2026-06-22');
  });
});

describe('isDoneForToday', () => {
  it('is true once every set of every round is checked off', () => {
    const day = '2026-05-13';
    const checks = [check('neck-side-bend', day, 1, 2), check('chin-tuck', day, 1, 3)];
    expect(isDoneForToday(plan, checks, day)).toBe(false);
    expect(isDoneForToday(plan, [...checks, check('neck-side-bend', day, 2, 2)], day)).toBe(true);
  });

  it('is true on a day with nothing due', () => {
    expect(isDoneForToday(plan, [], '2026-07-01')).toBe(true);
  });
});

describe('adherence', () => {
  it('reports sets done of sets due, per day and per plan week', () => {
    const checks = [
      check('neck-side-bend', '2026-05-12', 1, 2), check('neck-side-bend', '2026-05-12', 2, 2), check('chin-tuck', '2026-05-12', 1, 3),
      check('neck-side-bend', '2026-05-13', 1, 1),
      check('neck-side-bend', '2026-05-19', 1, 2),
    ];
    const result = adherence(plan, checks, '2026-05-12', '2026-05-19');
    expect(result.days[0]).toEqual({ date: '2026-05-12', setsDone: 7, setsExpected: 7, fraction: 1 });
    expect(result.days[1]).toMatchObject({ date: '2026-05-13', setsDone: 1, setsExpected: 7 });
    expect(result.days).toHaveLength(8);
    // Week 1: three days of 7 sets and four of 4; week 2 only its first day, within the range.
    expect(result.weeks).toEqual([
      { week: 1, weekStart: '2026-05-12', setsDone: 8, setsExpected: 37, fraction: 8 / 37 },
      { week: 2, weekStart: '2026-05-19', setsDone: 2, setsExpected: 4, fraction: 0.5 },
    ]);
    expect(result.overall).toEqual({ setsDone: 10, setsExpected: 41, fraction: 10 / 41 });
  });

  it('counts a round once, caps it at its sets, and ignores other plans and rounds that do not exist', () => {
    const day = '2026-05-15';
    const checks = [
      check('neck-side-bend', day, 1, 1), check('neck-side-bend', day, 1, 2), // the later record of a round wins
      check('neck-side-bend', day, 2, 9), // capped at 2 sets
      check('neck-side-bend', day, 3, 2), // only 2 rounds a day
      check('neck-side-bend', day, 1, 2, 'plan-other'),
      check('chin-tuck', day, 1, 3), // chin tucks ended on the 14th
    ];
    expect(adherence(plan, checks, day, day).overall).toEqual({ setsDone: 4, setsExpected: 4, fraction: 1 });
  });

  it('clips the range to the plan and returns nothing for a range outside it', () => {
    expect(adherence(plan, [], '2026-01-01', '2026-12-31').days).toHaveLength(21);
    expect(adherence(plan, [], '2026-07-01', '2026-07-31')).toEqual({ days: [], weeks: [], overall: { setsDone: 0, setsExpected: 0, fraction: 0 } });
    expect(adherence(plan, [], 'garbage', '2026-07-31').days).toEqual([]);
  });

});
