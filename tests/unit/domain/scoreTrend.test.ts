import { describe, expect, it } from 'vitest';
import { scoreTrend } from '../../../src/domain/checkIns/scoreTrend';

describe('scoreTrend', () => {
  it('reads pain, soreness and stiffness as better when lower, sleep when higher', () => {
    expect(scoreTrend('pain', [6, 4, 3])).toEqual({ first: 6, last: 3, verdict: 'better' });
    expect(scoreTrend('stiffness', [2, 5])).toEqual({ first: 2, last: 5, verdict: 'worse' });
    expect(scoreTrend('sleep', [4, 7])).toEqual({ first: 4, last: 7, verdict: 'better' });
    expect(scoreTrend('sleep', [7, 7])).toEqual({ first: 7, last: 7, verdict: 'same' });
  });

  it('has no trend without answers, and says "one" for a single answer', () => {
    expect(scoreTrend('pain', [])).toBeUndefined();
    expect(scoreTrend('soreness', [3])).toEqual({ first: 3, last: 3, verdict: 'one' });
  });
});
