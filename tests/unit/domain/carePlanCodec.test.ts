// @vitest-environment node
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PHYSICIAN_NOTE } from '../../../src/domain/carePlan/carePlan';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { decodeCarePlan, encodeCarePlan } from '../../../src/domain/links/carePlanCodec';
import { samplePlan } from '../../fixtures/carePlanFigures';
import { DAY, NOW, validPlan } from './carePlanFixtures';
import { packedWithNode, unpackedWithNode } from './carePlanLinks';

function validateName(clientName: string): string {
  const slots = unpackedWithNode(encodeCarePlan(validPlan())) as unknown[];
  while (slots.length < 10) slots.push(null);
  const result = decodeCarePlan(packedWithNode([...slots, clientName]), NOW);
  return result.ok ? '' : result.error;
}

const NEWER = 'This plan was made with a newer version of Aftercare. Update the app to open it.';

describe('encodeCarePlan / decodeCarePlan', () => {
  it.each([1, 6, 12])('round-trips the sample plan with %i exercises', (count) => {
    const plan = samplePlan(count, NOW);
    expect(decodeCarePlan(encodeCarePlan(plan), NOW)).toStrictEqual({ ok: true, plan });
  });

  it('writes "p1." + base64url(deflate(JSON)) that any inflater reads, with library exercises as bare ids', () => {
    const plan = validPlan({ exercises: [EXERCISE_LIBRARY[0], { ...EXERCISE_LIBRARY[3]!, sets: 4 }] });
    const payload = encodeCarePlan(plan);
    expect(payload).toMatch(/^p1\.[A-Za-z0-9_-]+$/);
    const compact = unpackedWithNode(payload) as unknown[];
    expect(compact[4]).toEqual(['neck-side-bend', ['chin-tuck', { x: 4 }]]);
  });

  it('keeps markup as plain text: <script> in a name comes back as the same characters', () => {
    const name = '<script>alert("hi")</script> & <b>Ana</b>';
    const plan = validPlan({ therapist: { name }, exercises: [{ ...EXERCISE_LIBRARY[0]!, name: '<img src=x onerror=alert(1)>' }] });
    const decoded = decodeCarePlan(encodeCarePlan(plan), NOW);
    expect(decoded.ok && decoded.plan.therapist.name).toBe(name);
    expect(decoded.ok && decoded.plan.exercises[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('restores the default physician note without carrying it in the link', () => {
    const plan = validPlan({ session: { kind: 'prenatal', pressure: 'light', usualGlassesPerDay: 6, endedAt: NOW - 3_600_000 } });
    expect(plan.physicianNote).toBe(DEFAULT_PHYSICIAN_NOTE);
    expect(JSON.stringify(unpackedWithNode(encodeCarePlan(plan)))).not.toContain('physician');
    expect(decodeCarePlan(encodeCarePlan(plan), NOW)).toStrictEqual({ ok: true, plan });
  });

  it('carries the client’s first name in an appended slot; links without it still open', () => {
    const named = validPlan({ clientName: '  Sam ' });
    expect(named.clientName).toBe('Sam');
    const decoded = decodeCarePlan(encodeCarePlan(named), NOW);
    expect(decoded).toStrictEqual({ ok: true, plan: named });
    const compact = unpackedWithNode(encodeCarePlan(named)) as unknown[];
    expect(compact[compact.length - 1]).toBe('Sam');
    const plain = validPlan();
    expect(plain.clientName).toBeUndefined();
    expect((unpackedWithNode(encodeCarePlan(plain)) as unknown[]).length).toBeLessThan(compact.length);
    expect(validateName('x'.repeat(41))).toMatch(/client's first name is too long \(at most 40 characters\)/);
  });

  it('gives the same id every time the same link is opened', () => {
    const payload = encodeCarePlan(validPlan());
    const first = decodeCarePlan(payload, NOW);
    const second = decodeCarePlan(payload, NOW + 2 * DAY);
    expect(first.ok && second.ok && first.plan.id === second.plan.id).toBe(true);
    const other = decodeCarePlan(encodeCarePlan(validPlan({ dos: ['Rest.'] })), NOW);
    expect(other.ok && first.ok && other.plan.id !== first.plan.id).toBe(true);
  });
});

describe('links that must be refused', () => {
  const refused = (payload: string, now = NOW) => {
    const result = decodeCarePlan(payload, now);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.error;
  };

  it('says a newer version made it', () => {
    expect(refused('p2.eJwLycgsVgCiRIWS1OISAC')).toBe(NEWER);
    expect(refused('p17.abc')).toBe(NEWER);
  });

  it('refuses an oversized link before decoding it', () => {
    expect(refused(`p1.${'A'.repeat(4_000)}`)).toBe('This link is too long to be an Aftercare plan.');
  });

  it('refuses a small link that inflates past 64 KB', () => {
    expect(refused(packedWithNode([' '.repeat(70_000)]))).toBe('This plan is too large to open.');
  });

  it.each([
    ['no plan at all', '', 'This link has no plan in it.'],
    ['another kind of link', 'r1.abc', "This link doesn't contain an Aftercare plan."],
    ['plain text', 'hello world', "This link doesn't contain an Aftercare plan."],
    ['a character outside base64url', 'p1.ab$cd', 'This plan link is damaged or incomplete. Ask for it to be sent again.'],
    ['an impossible base64 length', 'p1.abcde', 'This plan link is damaged or incomplete. Ask for it to be sent again.'],
    ['a version with a leading zero', 'p01.abc', 'This plan link is damaged or incomplete. Ask for it to be sent again.'],
    ['deflated text that is not JSON', `p1.${Buffer.from(deflateSync(strToU8('not json'))).toString('base64url')}`,
      'This plan link is damaged or incomplete. Ask for it to be sent again.'],
    ['JSON that is not a plan', packedWithNode({ a: 1 }), 'This plan link is damaged or incomplete. Ask for it to be sent again.'],
  ])('refuses %s', (_, payload, message) => {
    expect(refused(payload)).toBe(message);
  });

  it('refuses a truncated link', () => {
    const payload = encodeCarePlan(samplePlan(12, NOW));
    for (const keep of [3, 10, Math.floor(payload.length / 2), payload.length - 2]) {
      expect(refused(payload.slice(0, keep))).toMatch(/damaged|incomplete/);
    }
  });

  it('refuses a plan with 500 exercises, with a message', () => {
    const compact = unpackedWithNode(encodeCarePlan(validPlan())) as unknown[];
    compact[4] = Array.from({ length: 500 }, (_, index) => EXERCISE_LIBRARY[index % 13]!.id);
    const payload = packedWithNode(compact);
    expect(payload.length).toBeLessThan(4_000);
    expect(refused(payload)).toBe('A plan can hold at most 20 exercises; this one has 500.');
  });

  it('refuses a new plan whose appointment has passed, but opens it as a stored plan', () => {
    const payload = encodeCarePlan(validPlan());
    const later = NOW + 15 * DAY;
    expect(refused(payload, later)).toBe('The next appointment is in the past.');
    expect(decodeCarePlan(payload, later, { allowPastAppointment: true }).ok).toBe(true);
  });

  it('names several schema problems in one message', () => {
    const compact = unpackedWithNode(encodeCarePlan(validPlan())) as unknown[];
    compact[2] = [''];
    compact[1] = 'Mars/Olympus_Mons';
    compact[4] = [['custom-1', { n: 'x', s: [], x: 0, r: 5, t: 1, d: 1 }]];
    const message = refused(packedWithNode(compact));
    expect(message).toContain("The plan's time zone is missing or not one this device knows.");
    expect(message).toContain("Add the therapist's name.");
    expect(message).toMatch(/\(and \d+ more problems?\)$/);
  });
});
