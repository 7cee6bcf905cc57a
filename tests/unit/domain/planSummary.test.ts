// @vitest-environment node
/** The end of the home exercises: what was done, praise only when earned. */
import { describe, expect, it } from 'vitest';
import { planSummary, PRAISE_FROM_FRACTION } from '../../../src/domain/exercises/planSummary';
import type { ExerciseCheck } from '../../../src/domain/exercises/exerciseSchedule';
import { addIsoDays } from '../../../src/domain/time/localDay';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { validPlan } from './carePlanFixtures';

// Two exercises, 2 sets twice a day for 7 days: 56 sets.
const exercises = EXERCISE_LIBRARY.slice(0, 2).map((e) => ({ ...e, sets: 2, timesPerDay: 2, durationDays: 7 }));
const plan = validPlan({ exercises });
const start = '2026-05-12';

/** `count` sets checked off, two per round, in plan order. */
function checksFor(count: number): ExerciseCheck[] {
  const checks: ExerciseCheck[] = [];
  for (let day = 0; day < 7 && count > 0; day++) {
    for (const exercise of exercises) {
      for (let round = 1; round <= 2 && count > 0; round++) {
        const setsDone = Math.min(2, count);
        checks.push({ carePlanId: plan.id, exerciseId: exercise.id, localDate: addIsoDays(start, day), round, setsDone });
        count -= setsDone;
      }
    }
  }
  return checks;
}

describe('planSummary', () => {
  it('states what was done, without praise below 80%', () => {
    const summary = planSummary(plan, checksFor(41), '2026-05-19');
    expect(summary).toMatchObject({ ended: true, setsDone: 41, setsExpected: 56, praise: false });
    expect(summary.text).toBe('You did 41 of 56 sets (73%). Every set counts. Tell your therapist how it went; they can fit the next plan to your days.');
  });

  it('praises from 80%', () => {
    expect(PRAISE_FROM_FRACTION).toBe(0.8);
    const summary = planSummary(plan, checksFor(45), '2026-05-19');
    expect(summary.praise).toBe(true);
    expect(summary.text).toMatch(/^You did 45 of 56 sets \(80%\)\. Well done/);
  });

  it('says so plainly when nothing was checked off, and is not over while days remain', () => {
    expect(planSummary(plan, [], '2026-05-19').text).toMatch(/^You did 0 of 56 sets \(0%\)\. None were checked off\./);
    expect(planSummary(plan, [], '2026-05-18').ended).toBe(false);
  });
});
