// @vitest-environment node
/**
 * The client's language in a share link: carried as the session slot's fifth element, returned
 * beside the plan (not in it, so the id is the same in every language), and optional both ways:
 * links without it open as before, and a code we don't speak is ignored rather than refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandCompactPlan } from '../../../src/domain/carePlan/carePlanExpand';
import { LOCALES } from '../../../src/domain/i18n/locales';
import { carePlanLink, decodeCarePlan, encodeCarePlan, shareCarePlan } from '../../../src/domain/links/carePlanCodec';
import { SAMPLE_ORIGIN, samplePlan } from '../../fixtures/carePlanFigures';
import { NOW, validPlan } from './carePlanFixtures';
import { packedWithNode, packedWithoutChecksum, payloadOf, unpackedWithNode } from './carePlanLinks';

const frozen = JSON.parse(readFileSync(new URL('../../fixtures/care-plan-links-v1.json', import.meta.url), 'utf8')) as { madeAt: number; links: { link: string; id: string }[] };

/** The compact plan of a link with its session slot's fifth element set to `code`. */
function withCode(code: unknown): unknown[] {
  const slots = unpackedWithNode(encodeCarePlan(validPlan())) as unknown[];
  slots[3] = [...(slots[3] as unknown[]).slice(0, 4), code];
  return slots;
}

describe("the client's language in a share link", () => {
  it.each(LOCALES)('carries %s and gives it back beside the same plan, with the same id', (locale) => {
    const plan = validPlan();
    const payload = encodeCarePlan(plan, locale);
    expect((unpackedWithNode(payload) as unknown[])[3]).toEqual(['deep-tissue', 'firm', 4, plan.session.endedAt, locale]);
    expect(decodeCarePlan(payload, NOW)).toStrictEqual({ ok: true, plan, language: locale });
  });

  it('round-trips through the link the desk shares', () => {
    const plan = samplePlan(6, NOW);
    const shared = shareCarePlan(SAMPLE_ORIGIN, plan, 'es');
    if (!shared.ok) throw new Error(shared.error);
    expect(shared.link).toBe(carePlanLink(SAMPLE_ORIGIN, plan, 'es'));
    expect(decodeCarePlan(payloadOf(shared.link), NOW)).toStrictEqual({ ok: true, plan, language: 'es' });
  });

  it('costs 2 to 6 characters: the code and its quotes and comma, deflated', () => {
    const plan = samplePlan(12, NOW);
    const without = carePlanLink(SAMPLE_ORIGIN, plan).length;
    for (const locale of LOCALES) {
      const extra = carePlanLink(SAMPLE_ORIGIN, plan, locale).length - without;
      expect(extra).toBeGreaterThanOrEqual(1);
      expect(extra).toBeLessThanOrEqual(6);
    }
  });

  it('opens a link without one as before: no language, the very same link and plan', () => {
    const plan = validPlan();
    expect(decodeCarePlan(encodeCarePlan(plan), NOW)).toStrictEqual({ ok: true, plan });
    const old = packedWithoutChecksum(unpackedWithNode(encodeCarePlan(plan)));
    expect(decodeCarePlan(old, NOW)).toStrictEqual({ ok: true, plan, unverified: true });
  });

  it.each(frozen.links.map((entry) => [entry.id, entry] as const))('opens the frozen link of %s with no language', (_, entry) => {
    const decoded = decodeCarePlan(payloadOf(entry.link), frozen.madeAt);
    expect(decoded.ok && decoded.plan.id).toBe(entry.id);
    expect(decoded.ok && 'language' in decoded).toBe(false);
  });

  it('also reads it from a link made before checksums, still marked unverified', () => {
    const plan = validPlan();
    const old = packedWithoutChecksum(unpackedWithNode(encodeCarePlan(plan, 'fr')));
    expect(decodeCarePlan(old, NOW)).toStrictEqual({ ok: true, plan, language: 'fr', unverified: true });
  });

  it.each([['xx'], ['ES'], ['pt'], ['en-XA'], [42], [null], [['es']], [{ es: 1 }]])('ignores %j: the plan opens with no language', (code) => {
    const decoded = decodeCarePlan(packedWithNode(withCode(code)), NOW);
    expect(decoded).toStrictEqual({ ok: true, plan: validPlan() });
  });

  it('leaves the plan reader (the same as in apps from before it) reading the very same plan', () => {
    const plan = validPlan();
    const withLanguage = unpackedWithNode(encodeCarePlan(plan, 'de'));
    expect(expandCompactPlan(withLanguage)).toEqual(expandCompactPlan(unpackedWithNode(encodeCarePlan(plan))));
  });
});
