// @vitest-environment node
/** Properties of the share link over arbitrary valid plans: encode → decode is the identity. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_CHARS } from '../../../src/domain/links/linkPayload';
import { decodeCarePlan, encodeCarePlan } from '../../../src/domain/links/carePlanCodec';
import { validateCarePlan } from '../../../src/domain/carePlan/carePlan';
import { carePlanArb, planInputArb } from './carePlanArbitraries';

const RUNS = { numRuns: 300 };

describe('care plan share link, properties', () => {
  it('gives back exactly the plan it was given', () => {
    let roundTrips = 0;
    fc.assert(fc.property(carePlanArb, ({ plan, now }) => {
      const payload = encodeCarePlan(plan);
      const decoded = decodeCarePlan(payload, now);
      if (payload.length > MAX_PAYLOAD_CHARS) {
        expect(decoded).toEqual({ ok: false, error: expect.stringContaining('too long') });
        return;
      }
      roundTrips += 1;
      expect(decoded).toStrictEqual({ ok: true, plan });
    }), RUNS);
    // Guard against a generator whose plans are all too long to test the round trip at all.
    expect(roundTrips).toBeGreaterThan(RUNS.numRuns * 0.9);
  });

  it('keeps the same id for the same link, opened at any later time', () => {
    fc.assert(fc.property(carePlanArb, fc.integer({ min: 0, max: 60 * 86_400_000 }), ({ plan, now }, later) => {
      const decoded = decodeCarePlan(encodeCarePlan(plan), now + later, { allowPastAppointment: true });
      expect(decoded.ok && decoded.plan.id).toBe(plan.id);
    }), { numRuns: 100 });
  });

  it('accepts a validated plan unchanged when it is validated again (cleaning is idempotent)', () => {
    fc.assert(fc.property(carePlanArb, ({ plan, now }) => {
      expect(validateCarePlan(plan, now)).toStrictEqual({ ok: true, plan });
    }), RUNS);
  });

  it('accepts nearly every generated input, so the properties above see varied plans', () => {
    const samples = fc.sample(planInputArb, { numRuns: 300, seed: 7 });
    const accepted = samples.filter(({ input, now }) => validateCarePlan(input, now).ok).length;
    expect(accepted).toBeGreaterThan(270);
  });

  it('never lets markup, controls or bidi overrides through, and never an empty line', () => {
    fc.assert(fc.property(carePlanArb, ({ plan }) => {
      const texts = [plan.therapist.name, plan.therapist.practice ?? 'x', ...plan.dos, ...plan.donts,
        ...plan.exercises.flatMap((exercise) => [exercise.name, ...exercise.steps, ...exercise.cautions])];
      for (const value of texts) {
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must not appear
        expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(value).toBe(value.trim());
        expect(value.length).toBeGreaterThan(0);
      }
    }), RUNS);
  });
});
