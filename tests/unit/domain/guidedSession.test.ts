// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countdownLeft, pauseCountdown, resumeCountdown, startCountdown } from '../../../src/domain/exercises/countdown';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { exercisesForDay, setsDoneOnDay, type ExerciseCheck } from '../../../src/domain/exercises/exerciseSchedule';
import {
  checkAfterSet, describeSet, finishSet, guidedAnnouncement, planSitting, REST_SECONDS, setPaused, sittingSummary, skipExercise, skipSet,
  startGuided, startHold, tick, type GuidedSession, type GuidedStep,
} from '../../../src/domain/exercises/guidedSession';
import { roundName } from '../../../src/domain/exercises/roundNames';
import { validPlan } from './carePlanFixtures';

const T = 1_000_000;
const library = (id: string) => EXERCISE_LIBRARY.find((e) => e.id === id)!;
// Neck side bend: 2 × 30 s hold, twice a day. Chin tuck: 2 × 10 reps, three times a day.
// Both sides at once here; one side at a time has its own tests at the end.
const neck = { ...library('neck-side-bend'), sides: 'both' as const };
const chin = { ...library('chin-tuck'), sets: 3 };
const plan = validPlan({ exercises: [neck, chin] });
const day = { carePlanId: plan.id, localDate: '2026-05-12' };
const due = exercisesForDay(plan, day.localDate);
const check = (exerciseId: string, round: number, setsDone: number, localDate = day.localDate): ExerciseCheck => ({ ...day, localDate, exerciseId, round, setsDone });
const where = (sets: { exercise: { id: string }; round: number; set: number }[]) => sets.map((s) => `${s.exercise.id} r${s.round} s${s.set}`);
const phaseOf = (step: GuidedStep | GuidedSession) => {
  const { phase } = 'session' in step ? step.session : step;
  return phase.kind === 'done' ? 'done' : `${phase.kind} ${phase.index}`;
};

describe('roundName', () => {
  it('names rounds by the part of the day, and numbers them past four', () => {
    expect(roundName(1, 1)).toBeUndefined();
    expect([1, 2].map((r) => roundName(r, 2))).toEqual(['Morning', 'Evening']);
    expect([1, 2, 3].map((r) => roundName(r, 3))).toEqual(['Morning', 'Midday', 'Evening']);
    expect([1, 2, 3, 4].map((r) => roundName(r, 4))).toEqual(['Morning', 'Midday', 'Afternoon', 'Evening']);
    expect(roundName(5, 6)).toBe('Round 5 of 6');
  });
});

describe('countdown', () => {
  it('counts from instants, pauses and resumes where it was', () => {
    const running = startCountdown(30_000, T);
    expect(countdownLeft(running, T + 10_000)).toBe(20_000);
    const paused = pauseCountdown(running, T + 10_000);
    expect(countdownLeft(paused, T + 500_000)).toBe(20_000);
    expect(pauseCountdown(paused, T + 600_000)).toBe(paused);
    const resumed = resumeCountdown(paused, T + 500_000);
    expect(countdownLeft(resumed, T + 510_000)).toBe(10_000);
    expect(countdownLeft(resumed, T + 900_000)).toBe(0);
  });
});

describe('planSitting', () => {
  it("takes every exercise's first round, all its sets, in plan order", () => {
    expect(where(planSitting(due, [], day))).toEqual(['neck-side-bend r1 s1', 'neck-side-bend r1 s2', 'chin-tuck r1 s1', 'chin-tuck r1 s2', 'chin-tuck r1 s3']);
  });

  it('carries on from the first unticked set of the earliest unfinished round', () => {
    const checks = [check('neck-side-bend', 1, 2), check('chin-tuck', 1, 3), check('chin-tuck', 2, 1), check('chin-tuck', 1, 9, '2026-05-11')];
    expect(where(planSitting(due, checks, day))).toEqual(['neck-side-bend r2 s1', 'neck-side-bend r2 s2', 'chin-tuck r2 s2', 'chin-tuck r2 s3']);
  });

  it('catches up a missed morning round before the evening one, and is empty once all is done', () => {
    expect(where(planSitting(due.slice(0, 1), [check('neck-side-bend', 2, 2)], day))).toEqual(['neck-side-bend r1 s1', 'neck-side-bend r1 s2']);
    const all = [check('neck-side-bend', 1, 2), check('neck-side-bend', 2, 2), ...[1, 2, 3].map((r) => check('chin-tuck', r, 3))];
    expect(planSitting(due, all, day)).toEqual([]);
    expect(startGuided([]).phase).toEqual({ kind: 'done' });
  });

  it("ignores another plan's checks; the latest record of a round wins", () => {
    const checks = [{ ...check('neck-side-bend', 1, 2), carePlanId: 'other' }, check('chin-tuck', 1, 3), check('chin-tuck', 1, 1)];
    expect(where(planSitting(due, checks, day)).slice(0, 3)).toEqual(['neck-side-bend r1 s1', 'neck-side-bend r1 s2', 'chin-tuck r1 s2']);
  });
});

describe('a guided session', () => {
  const session = startGuided(planSitting(due, [], day));

  it('ticks a hold when it ends, as of the instant it ended, then rests before the next set', () => {
    expect(phaseOf(session)).toBe('set 0');
    expect(tick(session, T + 60_000).completed).toBeUndefined();
    const holding = startHold(session, T);
    expect(startHold(holding, T + 5_000)).toBe(holding);
    expect(tick(holding, T + 29_999).completed).toBeUndefined();
    // Timers throttled while the screen was off: the tick comes late, the rest still started on time.
    const ended = tick(holding, T + 45_000);
    expect(ended.cue).toBe('hold-complete');
    expect(where([ended.completed!])).toEqual(['neck-side-bend r1 s1']);
    expect(phaseOf(ended)).toBe('rest 1');
    expect(guidedAnnouncement(ended)).toBe(`Hold complete. Rest ${REST_SECONDS} seconds. Next: Neck side bend, Morning, set 2 of 2.`);
    const rested = tick(ended.session, T + 30_000 + REST_SECONDS * 1000);
    expect([rested.cue, phaseOf(rested), rested.completed]).toEqual(['rest-over', 'set 1', undefined]);
    expect(guidedAnnouncement(rested)).toBe('Rest over. Neck side bend, Morning, set 2 of 2.');
  });

  it('ticks a set of reps by hand; the last set finishes the sitting without a rest', () => {
    const lastChin = { ...session, phase: { kind: 'set' as const, index: 4, hold: null } };
    expect(startHold(lastChin, T)).toBe(lastChin);
    const done = finishSet(lastChin, T);
    expect([done.cue, phaseOf(done), where([done.completed!])]).toEqual(['set-done', 'done', ['chin-tuck r1 s3']]);
    expect(guidedAnnouncement(done)).toBe('Set done. That is everything for this sitting.');
  });

  it('pauses and resumes the hold and the rest; the timers stop meanwhile', () => {
    const paused = setPaused(startHold(session, T), true, T + 10_000);
    expect(paused.cue).toBe('paused');
    expect(tick(paused.session, T + 600_000).completed).toBeUndefined();
    const resumed = setPaused(paused.session, false, T + 600_000);
    expect(tick(resumed.session, T + 619_999).completed).toBeUndefined();
    const resting = tick(resumed.session, T + 620_000).session;
    const restPaused = setPaused(resting, true, T + 621_000).session;
    expect(phaseOf(tick(restPaused, T + 900_000))).toBe('rest 1');
    expect(setPaused(session, true, T).session).toBe(session);
  });

  it('skips a set, a rest, or the rest of an exercise, without ticking', () => {
    expect([phaseOf(skipSet(session)), skipSet(session).completed, skipSet(session).cue]).toEqual(['set 1', undefined, 'skipped']);
    const resting = finishSet(session, T).session;
    expect(phaseOf(skipSet(resting))).toBe('set 1');
    expect(phaseOf(skipExercise(session))).toBe('set 2');
    expect(phaseOf(skipExercise(resting))).toBe('set 2');
    expect(guidedAnnouncement(skipExercise(session))).toBe('Skipped. Chin tuck, Morning, set 1 of 3.');
    const onChin = skipExercise(session).session;
    expect(phaseOf(skipExercise(onChin))).toBe('done');
    expect(skipSet(skipExercise(onChin).session).cue).toBeUndefined();
  });

  it('saves each tick as its round count plus one, whatever set was skipped before it', () => {
    const [first, second] = planSitting(due, [], day);
    expect(checkAfterSet([], day, second!)).toEqual({ ...day, exerciseId: 'neck-side-bend', round: 1, setsDone: 1 });
    expect(checkAfterSet([check('neck-side-bend', 1, 1)], day, second!).setsDone).toBe(2);
    expect(checkAfterSet([check('neck-side-bend', 1, 2)], day, first!).setsDone).toBe(2);
  });

  it('describes sets with round names, and sums up the sitting per exercise for the whole day', () => {
    const once = { ...chin, timesPerDay: 1 };
    expect(describeSet({ exercise: once, round: 1, set: 2 })).toBe('Chin tuck, set 2 of 3');
    const checks = [check('neck-side-bend', 1, 2), check('chin-tuck', 1, 1), check('chin-tuck', 2, 3)];
    expect(sittingSummary(session, setsDoneOnDay(plan, checks, day.localDate)).map((s) => [s.exercise.id, s.setsDone, s.setsExpected]))
      .toEqual([['neck-side-bend', 2, 4], ['chin-tuck', 4, 9]]);
  });
});

describe('any walk through a sitting', () => {
  const action = fc.constantFrom('hold', 'done', 'skip', 'skipExercise', 'pause', 'resume', 'wait');
  it('ticks each set at most once, in order, and never counts a round past its sets', () => {
    fc.assert(fc.property(fc.array(action, { maxLength: 60 }), fc.integer({ min: 0, max: 2 }), (actions, before) => {
      let checks: ExerciseCheck[] = before ? [check('chin-tuck', 1, before)] : [];
      let session = startGuided(planSitting(due, checks, day));
      let now = T;
      const ticked: string[] = [];
      for (const a of actions) {
        const step = a === 'hold' ? { session: startHold(session, now) } : a === 'done' ? finishSet(session, now)
          : a === 'skip' ? skipSet(session) : a === 'skipExercise' ? skipExercise(session)
            : a === 'wait' ? tick(session, (now += 31_000)) : setPaused(session, a === 'pause', now);
        session = step.session;
        if (step.completed) {
          ticked.push(where([step.completed])[0]!);
          const saved = checkAfterSet(checks, day, step.completed);
          checks = [...checks.filter((c) => c.exerciseId !== saved.exerciseId || c.round !== saved.round), saved];
        }
      }
      const order = where(session.sets as never);
      expect(new Set(ticked).size).toBe(ticked.length);
      expect(ticked.map((t) => order.indexOf(t))).toEqual([...ticked.map((t) => order.indexOf(t))].sort((a, b) => a - b));
      for (const c of checks) expect(c.setsDone).toBeLessThanOrEqual(c.exerciseId === 'chin-tuck' ? 3 : 2);
    }));
  });
});

describe('one side at a time', () => {
  const oneSided = { id: 'one-sided', name: 'Side stretch', steps: ['Stretch.'], cautions: [], sets: 2, holdSeconds: 20, timesPerDay: 1, durationDays: 7, sides: 'each' as const };
  const day = { carePlanId: 'plan-1', localDate: '2026-05-12' };
  const due = [{ exercise: oneSided, dayNumber: 1, lastDate: '2026-05-18', setsExpected: 2 }];

  it('walks each set left, then right, and ticks the set after the right side only', () => {
    const sets = planSitting(due, [], day);
    expect(sets.map((s) => `${s.set}${s.side}`)).toEqual(['1left', '1right', '2left', '2right']);
    let session = startGuided(sets);
    session = startHold(session, 0);
    const left = tick(session, 20_000);
    expect(left.completed).toBeUndefined();
    expect(left.session.phase).toEqual({ kind: 'set', index: 1, hold: null });
    expect(guidedAnnouncement(left)).toBe('Hold complete. Side stretch, set 1 of 2, right side.');
    const right = tick(startHold(left.session, 21_000), 41_000);
    expect(right.completed).toMatchObject({ set: 1, side: 'right' });
    expect(right.session.phase.kind).toBe('rest');
  });

  it('carries on at the next set when one set is already checked off', () => {
    const sets = planSitting(due, [{ ...day, exerciseId: 'one-sided', round: 1, setsDone: 1 }], day);
    expect(sets.map((s) => `${s.set}${s.side}`)).toEqual(['2left', '2right']);
  });
});
