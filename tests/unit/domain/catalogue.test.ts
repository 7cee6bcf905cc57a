import { describe, expect, it } from 'vitest';
import { BEVERAGES, countsTowardGoal, findBeverage } from '../../../src/domain/hydration/beverages';
import { DEFAULT_RULES } from '../../../src/domain/hydration/rules';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { MASSAGE_KINDS, PRESSURES, isMassageKind, isPressure, needsPhysicianApproval, type MassageKind } from '../../../src/domain/session/sessionKinds';
import { validateSettings } from '../../../src/domain/settings/settingsSchema';

describe('massage kinds', () => {
  it('lists all twelve kinds once, each with a one-line description', () => {
    const ids = MASSAGE_KINDS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(12);
    for (const kind of MASSAGE_KINDS) {
      expect(kind.label.length).toBeGreaterThan(0);
      expect(kind.description).not.toMatch(/\n/);
      expect(kind.description.length).toBeGreaterThan(10);
    }
  });

  it('labels relaxation the way spas and clients say it', () => {
    expect(MASSAGE_KINDS.find((kind) => kind.id === 'relaxation')?.label).toBe('Relaxation / Swedish / spa');
  });

  it('marks deep tissue, trigger point and myofascial release as deep work, and only those', () => {
    const deep = MASSAGE_KINDS.filter((kind) => kind.deepWork).map((kind) => kind.id);
    expect(deep.sort()).toEqual(['deep-tissue', 'myofascial', 'trigger-point']);
    expect([...DEFAULT_RULES.deepKinds].sort()).toEqual(deep);
  });

  it.each<[MassageKind, boolean]>([
    ['lymphatic', true], ['prenatal', true], ['oncology', true],
    ['relaxation', false], ['deep-tissue', false], ['sports', false], ['cupping', false],
  ])('needsPhysicianApproval(%s) is %s', (kind, expected) => {
    expect(needsPhysicianApproval(kind)).toBe(expected);
  });

  it('groups kinds into the three families', () => {
    const family = (id: MassageKind) => MASSAGE_KINDS.find((kind) => kind.id === id)?.family;
    expect(family('relaxation')).toBe('relaxation');
    expect(family('scraping')).toBe('therapeutic');
    expect(family('oncology')).toBe('physician');
  });

  it('recognises kinds and pressures from untrusted input', () => {
    expect(isMassageKind('deep-tissue')).toBe(true);
    expect(isMassageKind('hot-stone')).toBe(false);
    expect(isMassageKind(undefined)).toBe(false);
    expect(isPressure('firm')).toBe(true);
    expect(isPressure('extreme')).toBe(false);
  });

  it('offers four pressures from light to deep', () => {
    expect(PRESSURES.map((pressure) => pressure.id)).toEqual(['light', 'medium', 'firm', 'deep']);
    for (const pressure of PRESSURES) expect(pressure.description).not.toMatch(/\n/);
  });
});

describe('rules and default settings', () => {
  it('holds the documented defaults', () => {
    expect(DEFAULT_RULES).toMatchObject({
      targets: { meetsThreshold: { min: 2, max: 3 }, belowThreshold: { min: 4, max: 5 } },
      deepPressures: ['firm', 'deep'],
      firstReminderDelayMin: 15,
      minSpacingMin: 30,
      lastReminderBeforeBedtimeMin: 30,
      morningCarryMaxSpacingMin: 60,
    });
    expect(DEFAULT_SETTINGS).toEqual({
      wakeTime: '07:00', bedtime: '22:30', quietHours: [], glassMl: 250, unit: 'glass', goodDailyGlasses: 8,
    });
  });

  it('default settings pass validation', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
  });
});

describe('beverages', () => {
  it.each(['water', 'sparkling-water', 'iced-tea', 'tea', 'herbal-tea'] as const)('%s counts', (id) => {
    expect(countsTowardGoal(id)).toBe(true);
  });

  it.each([
    ['soda', 'sugary'], ['juice', 'sugary'], ['sweet-tea', 'sugary'], ['sports-drink', 'sugary'],
    ['alcohol', 'alcohol'], ['coffee', 'coffee'],
  ] as const)('%s is saved but does not count (%s)', (id, reason) => {
    expect(countsTowardGoal(id)).toBe(false);
    const beverage = findBeverage(id);
    expect(beverage?.counts).toBe(false);
    if (beverage && !beverage.counts) {
      expect(beverage.reason).toBe(reason);
      expect(beverage.note).toMatch(/^Saved — .+ toward today's water goal\.$/);
    }
  });

  it('explains coffee kindly', () => {
    const coffee = findBeverage('coffee');
    expect(coffee && !coffee.counts && coffee.note).toBe("Saved — coffee doesn't count toward today's water goal.");
    expect(coffee?.label).toMatch(/decaf/);
  });

  it('has unique ids and treats unknown ids as not counting', () => {
    expect(new Set(BEVERAGES.map((beverage) => beverage.id)).size).toBe(BEVERAGES.length);
    expect(countsTowardGoal('lemonade' as never)).toBe(false);
  });
});
