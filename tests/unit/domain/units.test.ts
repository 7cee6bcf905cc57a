import { describe, expect, it } from 'vitest';
import { ML_PER_FL_OZ, formatVolume, fromMl, toMl } from '../../../src/domain/hydration/units';

describe('toMl / fromMl', () => {
  it('converts each unit', () => {
    expect(toMl(300, 'ml', 250)).toBe(300);
    expect(toMl(8, 'floz', 250)).toBeCloseTo(236.588, 3);
    expect(toMl(1.5, 'glass', 250)).toBe(375);
    expect(toMl(2, 'glass', 330)).toBe(660);
    expect(fromMl(ML_PER_FL_OZ, 'floz', 250)).toBe(1);
    expect(fromMl(500, 'glass', 250)).toBe(2);
    expect(fromMl(123, 'ml', 250)).toBe(123);
  });

  it('round-trips', () => {
    for (const unit of ['ml', 'floz', 'glass'] as const) {
      expect(fromMl(toMl(3.7, unit, 280), unit, 280)).toBeCloseTo(3.7, 10);
    }
  });

  it('refuses a glass of no size', () => {
    expect(() => toMl(1, 'glass', 0)).toThrow(RangeError);
    expect(toMl(10, 'ml', 0)).toBe(10);
  });
});

describe('formatVolume', () => {
  it.each([
    [250, 'ml', '250 ml'],
    [249.6, 'ml', '250 ml'],
    [0, 'ml', '0 ml'],
    [250, 'floz', '8.5 fl oz'],
    [236.5882, 'floz', '8 fl oz'],
    [250, 'glass', '1 glass'],
    [375, 'glass', '1.5 glasses'],
    [500, 'glass', '2 glasses'],
    [300, 'glass', '1.2 glasses'],
    [0, 'glass', '0 glasses'],
    [260, 'glass', '1 glass'],
  ] as const)('%s ml as %s is "%s"', (ml, unit, expected) => {
    expect(formatVolume(ml, unit, 250)).toBe(expected);
  });

  it('uses the chosen glass size', () => {
    expect(formatVolume(660, 'glass', 330)).toBe('2 glasses');
  });

  it('refuses a volume that is not a number', () => {
    expect(() => formatVolume(Number.NaN, 'ml', 250)).toThrow(RangeError);
  });
});
