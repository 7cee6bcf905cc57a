// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_LINK_LENGTH, carePlanLink, decodeCarePlan, encodeCarePlan, readPlanFragment, shareCarePlan } from '../../../src/domain/links/carePlanCodec';
import { SAMPLE_ORIGIN, linkLengthFigures, samplePlan } from '../../fixtures/carePlanFigures';
import { NOW, customExercise, validPlan } from './carePlanFixtures';
import { payloadOf } from './carePlanLinks';

describe('share links', () => {
  it('puts the payload in the fragment of /plan, whatever the origin ends with', () => {
    const plan = validPlan();
    expect(carePlanLink('https://example.org/', plan)).toBe(`https://example.org/plan#${encodeCarePlan(plan)}`);
    expect(readPlanFragment(`#${encodeCarePlan(plan)}`)).toBe(encodeCarePlan(plan));
    expect(readPlanFragment('#')).toBeUndefined();
    expect(readPlanFragment('')).toBeUndefined();
  });

  it('keeps full plans with 1, 6 and 12 exercises under MAX_LINK_LENGTH', () => {
    const figures = linkLengthFigures();
    expect(figures.map((figure) => figure.exercises)).toEqual([1, 6, 12]);
    for (const { length, withLanguage } of figures) expect(Math.max(length, withLanguage)).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(figures[2]!.withLanguage).toBeLessThanOrEqual(1_200);
  });

  it('offers a QR code only while the link fits one, and refuses a plan too long for any link', () => {
    expect(shareCarePlan(SAMPLE_ORIGIN, samplePlan(12, NOW))).toMatchObject({ ok: true, fitsQrCode: true });
    const long = shareCarePlan(SAMPLE_ORIGIN, validPlan({ exercises: [1, 2, 3].map((i) => customExercise(i, 60, 6)) }));
    expect(long).toMatchObject({ ok: true, fitsQrCode: false });
    expect(long.ok && long.link.length).toBeGreaterThan(MAX_LINK_LENGTH);
    const tooLong = shareCarePlan(SAMPLE_ORIGIN, validPlan({ exercises: [1, 2, 3, 4, 5, 6].map((i) => customExercise(i, 300)) }));
    expect(tooLong).toEqual({ ok: false, error: expect.stringContaining('too long to share') });
  });

  it('decodes every link it offers to share', () => {
    const shared = shareCarePlan(SAMPLE_ORIGIN, validPlan({ exercises: [1, 2, 3].map((i) => customExercise(i, 60, 6)) }));
    expect(shared.ok && decodeCarePlan(payloadOf(shared.link), NOW).ok).toBe(true);
  });
});
