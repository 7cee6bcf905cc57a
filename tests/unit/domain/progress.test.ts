import { describe, expect, it } from 'vitest';
import { countedGlasses, countedMl, progressFraction, type LoggedDrink } from '../../../src/domain/hydration/progress';

const day: LoggedDrink[] = [
  { beverage: 'water', volumeMl: 250 },
  { beverage: 'coffee', volumeMl: 200 },
  { beverage: 'iced-tea', volumeMl: 300 },
  { beverage: 'alcohol', volumeMl: 150 },
  { beverage: 'soda', volumeMl: 330 },
  { beverage: 'herbal-tea', volumeMl: 200 },
];

describe('progress', () => {
  it('sums only drinks that count', () => {
    expect(countedMl(day)).toBe(750);
    expect(countedMl([])).toBe(0);
  });

  it('ignores impossible volumes instead of corrupting the total', () => {
    expect(countedMl([{ beverage: 'water', volumeMl: Number.NaN }, { beverage: 'water', volumeMl: -100 }])).toBe(0);
  });

  it('counts exact (unrounded) glasses', () => {
    expect(countedGlasses(day, 250)).toBe(3);
    expect(countedGlasses([{ beverage: 'water', volumeMl: 300 }], 250)).toBeCloseTo(1.2, 12);
    expect(() => countedGlasses(day, 0)).toThrow(RangeError);
  });

  it('clamps the ring to 0..1', () => {
    expect(progressFraction(0, 5)).toBe(0);
    expect(progressFraction(2.5, 5)).toBe(0.5);
    expect(progressFraction(7, 5)).toBe(1);
    expect(progressFraction(-1, 5)).toBe(0);
    expect(progressFraction(Number.NaN, 5)).toBe(0);
    expect(progressFraction(1, 0)).toBe(1);
  });
});
