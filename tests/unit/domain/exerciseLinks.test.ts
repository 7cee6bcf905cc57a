// @vitest-environment node
/**
 * Region, sides and borrowed figures in share links: links made before they existed (frozen in
 * tests/fixtures/care-plan-links-v1.json by the app at commit 52b3191) open to the same plans with
 * the same ids and re-encode to the very same link; a library exercise's link grows by nothing.
 * (Links made since issue 9 end with a checksum: "the very same link" is the frozen one with its
 * checksum added, computed by Node.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISE_LIBRARY, findLibraryExercise, type Exercise } from '../../../src/domain/exercises/exerciseLibrary';
import { validateExercise } from '../../../src/domain/exercises/exerciseSchema';
import { validateCarePlan } from '../../../src/domain/carePlan/carePlan';
import { carePlanLink, decodeCarePlan, encodeCarePlan } from '../../../src/domain/links/carePlanCodec';
import { SAMPLE_ORIGIN, linkLengthFigures, samplePlan } from '../../fixtures/carePlanFigures';
import { NOW, validPlan } from './carePlanFixtures';
import { payloadOf, withChecksum } from './carePlanLinks';

interface FrozenLink { link: string; id: string; exercises: Exercise[] }
const frozen = JSON.parse(readFileSync(new URL('../../fixtures/care-plan-links-v1.json', import.meta.url), 'utf8')) as { madeAt: number; links: FrozenLink[] };

const withoutExtras = ({ region: _r, sides: _s, figure: _f, ...rest }: Exercise) => rest;

describe('share links and the exercise extras', () => {
  it.each(frozen.links.map((entry) => [entry.exercises.length, entry] as const))('opens a link made before them (%i exercises) to the same plan and id', (_, entry) => {
    const decoded = decodeCarePlan(payloadOf(entry.link), frozen.madeAt);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.plan.id).toBe(entry.id);
    expect(decoded.plan.exercises.map(withoutExtras)).toEqual(entry.exercises);
    // Library exercises now say where they work and how many sides, from the library.
    for (const exercise of decoded.plan.exercises) {
      const base = findLibraryExercise(exercise.id);
      expect(exercise.region).toBe(base?.region);
      expect(exercise.sides).toBe(base?.sides);
    }
    expect(carePlanLink(SAMPLE_ORIGIN, decoded.plan)).toBe(withChecksum(entry.link));
  });

  it('keeps the id of a plan saved before them (a backup re-checks it against its id)', () => {
    for (const entry of frozen.links) {
      const decoded = decodeCarePlan(payloadOf(entry.link), frozen.madeAt);
      if (!decoded.ok) throw new Error(decoded.error);
      const { id: _, ...content } = decoded.plan;
      const saved = validateCarePlan({ ...content, exercises: content.exercises.map(withoutExtras) }, frozen.madeAt);
      expect(saved.ok && saved.plan.id).toBe(entry.id);
    }
  });

  it('does not lengthen the 12-library-exercise link', () => {
    const twelve = frozen.links.find((entry) => entry.exercises.length === 12)!;
    expect(linkLengthFigures().find((figure) => figure.exercises === 12)?.length).toBe(withChecksum(twelve.link).length);
    expect(carePlanLink(SAMPLE_ORIGIN, samplePlan(12, frozen.madeAt))).toBe(withChecksum(twelve.link));
  });

  it('carries a borrowed figure, one-sidedness and a region for a custom exercise, at a cost of a few characters', () => {
    const custom: Exercise = {
      id: 'custom-1', name: 'Seated calf raise', steps: ['Sit tall.', 'Lift your heels.', 'Lower them slowly.'], cautions: [],
      sets: 2, reps: 10, timesPerDay: 1, durationDays: 14,
    };
    const plain = validPlan({ exercises: [custom] });
    const dressed = validPlan({ exercises: [{ ...custom, figure: 'heel-raise', sides: 'each', region: 'legs' }] });
    const reopened = decodeCarePlan(encodeCarePlan(dressed), NOW);
    expect(reopened.ok && reopened.plan).toEqual(dressed);
    expect(reopened.ok && reopened.plan.exercises[0]).toMatchObject({ figure: 'heel-raise', sides: 'each', region: 'legs' });
    expect(encodeCarePlan(dressed).length - encodeCarePlan(plain).length).toBeLessThanOrEqual(40);
  });

  it('carries a library exercise changed to both sides at once, and back', () => {
    const calf = findLibraryExercise('calf-stretch')!;
    const plan = validPlan({ exercises: [{ ...calf, sides: 'both' }] });
    const reopened = decodeCarePlan(encodeCarePlan(plan), NOW);
    expect(reopened.ok && reopened.plan.exercises[0]?.sides).toBe('both');
    expect(encodeCarePlan(validPlan({ exercises: [calf] }))).toBe(encodeCarePlan(validPlan({ exercises: [withoutExtras(calf)] })));
  });

  it('round-trips every library exercise through validation unchanged, extras included', () => {
    for (const exercise of EXERCISE_LIBRARY) {
      const errors: string[] = [];
      expect(validateExercise(exercise, 1, errors)).toEqual(exercise);
      expect(errors).toEqual([]);
    }
  });

  it('refuses extras that are not what they say, and lets a figure from a later library through', () => {
    const check = (extras: Record<string, unknown>) => {
      const errors: string[] = [];
      const exercise = validateExercise({ ...EXERCISE_LIBRARY[0], ...extras }, 2, errors);
      return { exercise, errors };
    };
    expect(check({ region: 'elbow' }).errors).toEqual(["Exercise 2 names a body region this app doesn't know."]);
    expect(check({ sides: 'left' }).errors).toEqual(['Exercise 2 must say whether it is done one side at a time.']);
    expect(check({ figure: '<svg onload=x>' }).errors).toEqual(['Exercise 2 names an illustration that is not valid.']);
    expect(check({ figure: 42 }).errors).toHaveLength(1);
    expect(check({ figure: 'a-later-figure' }).exercise?.figure).toBe('a-later-figure');
    expect(check({ region: null, sides: undefined, figure: null }).errors).toEqual([]);
  });
});
