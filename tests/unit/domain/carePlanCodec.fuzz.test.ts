// @vitest-environment node
/**
 * Fuzzing the plan decoder with more than 10,000 links: random text, random bytes behind a valid
 * prefix, well-formed envelopes around random JSON, and mutations of real links. Each one must
 * come back as a valid plan or as a message; none may throw. And, strictly: every change of one
 * character of a real link, at every position, is refused.
 */
import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCarePlan, encodeCarePlan } from '../../../src/domain/links/carePlanCodec';
import { validateCarePlan, type CarePlan } from '../../../src/domain/carePlan/carePlan';
import { samplePlan } from '../../fixtures/carePlanFigures';
import { carePlanArb } from './carePlanArbitraries';
import { NOW, customExercise, validPlan } from './carePlanFixtures';
import { packedWithNode, singleCharacterChanges, unpackedWithNode } from './carePlanLinks';

const outcomes = { accepted: 0, refused: 0 };

/** The whole contract: a result, never an exception; an accepted plan is valid, a refusal says why. */
function expectHandled(payload: string): void {
  const result = decodeCarePlan(payload, NOW);
  if (result.ok) {
    outcomes.accepted += 1;
    expect(validateCarePlan(result.plan as CarePlan, NOW).ok).toBe(true);
  } else {
    outcomes.refused += 1;
    expect(typeof result.error).toBe('string');
    expect(result.error.trim().length).toBeGreaterThan(0);
  }
}

const seeds = [
  samplePlan(1, NOW), samplePlan(12, NOW),
  validPlan({ session: { kind: 'oncology', pressure: 'light', usualGlassesPerDay: 3, endedAt: NOW - 7_200_000 } }),
  validPlan({ exercises: [customExercise(1, 80, 3)], series: undefined, nextAppointment: undefined }),
].map((plan) => encodeCarePlan(plan)).concat(encodeCarePlan(samplePlan(6, NOW), 'pt-BR'));

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const anyChar = fc.oneof(fc.constantFrom(...BASE64URL, '.', '=', '+', '/', '%', ' ', '#'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));

interface Edit { at: number; span: number; char: string; kind: number }

const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), span: fc.integer({ min: 1, max: 40 }), char: anyChar, kind: fc.integer({ min: 0, max: 4 }) });

/** One edit of a link: cut it short, change, insert, delete or repeat characters. */
function applyEdit(payload: string, { at: rawAt, span, char, kind }: Edit): string {
  const at = rawAt % (payload.length + 1);
  switch (kind) {
    case 0: return payload.slice(0, at);
    case 1: return payload.slice(0, at) + char + payload.slice(at + 1);
    case 2: return payload.slice(0, at) + char + payload.slice(at);
    case 3: return payload.slice(0, at) + payload.slice(at + span);
    default: return payload.slice(0, at + span) + payload.slice(at);
  }
}

/** One to four edits of a real link, as a mangled copy-paste or a misread code would make. */
const mutatedLink = fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([payload, edits]) => edits.reduce(applyEdit, payload));

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 300 }).map((body) => `p1.${body}`),
  fc.string({ maxLength: 50 }).map((body) => `p${body}`),
);

const randomBytes = fc.uint8Array({ maxLength: 600 }).chain((bytes) => fc.constantFrom(
  `p1.${Buffer.from(bytes).toString('base64url')}`,
  `p1.${Buffer.from(deflateSync(bytes)).toString('base64url')}`,
));

/** Well-formed envelopes around JSON that is anything but a plan, or a real plan with one slot replaced. */
const randomJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => packedWithNode(value)),
  fc.tuple(fc.constantFrom(...seeds), fc.integer({ min: 0, max: 12 }), fc.jsonValue({ maxDepth: 3 })).map(([payload, slot, value]) => {
    const compact = unpackedWithNode(payload) as unknown[];
    compact[slot] = value;
    return packedWithNode(compact);
  }),
);

const DAMAGED = 'This plan link is damaged or incomplete. Ask for it to be sent again.';

describe('decodeCarePlan under fuzzing', { timeout: 120_000 }, () => {
  it('handles 3,000 random strings', () => {
    fc.assert(fc.property(randomText, expectHandled), { numRuns: 3_000 });
  });

  it('handles 2,000 random byte strings behind a valid prefix', () => {
    fc.assert(fc.property(randomBytes, expectHandled), { numRuns: 2_000 });
  });

  it('handles 2,000 well-formed links around random JSON', () => {
    fc.assert(fc.property(randomJson, expectHandled), { numRuns: 2_000 });
  });

  it('handles 4,000 mutated real links', () => {
    fc.assert(fc.property(mutatedLink, expectHandled), { numRuns: 4_000 });
  });

  it('handles 300 mutated links of arbitrary valid plans', () => {
    const mutated = fc.tuple(carePlanArb, edit).map(([{ plan }, change]) => applyEdit(encodeCarePlan(plan), change));
    fc.assert(fc.property(mutated, expectHandled), { numRuns: 300 });
  });

  it('covered more than 10,000 links, and reached both outcomes', () => {
    expect(outcomes.accepted + outcomes.refused).toBeGreaterThanOrEqual(10_000);
    expect(outcomes.accepted).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it.each([1, 12])('refuses every one-character change, at every position, of a real link with %i exercises', (count) => {
    const payload = encodeCarePlan(samplePlan(count, NOW));
    const accepted: number[] = [];
    const notDamaged: string[] = [];
    let changes = 0;
    for (const { at, changed } of singleCharacterChanges(payload)) {
      changes += 1;
      const result = decodeCarePlan(changed, NOW);
      if (result.ok) accepted.push(at);
      // The header "p1." has its own messages (another kind of link, a newer version); the rest is damage.
      else if (at >= 3 && result.error !== DAMAGED) notDamaged.push(`${at}: ${result.error}`);
    }
    expect(changes).toBeGreaterThanOrEqual(7 * (payload.length - 1));
    expect(accepted).toEqual([]);
    expect(notDamaged).toEqual([]);
  });
});
