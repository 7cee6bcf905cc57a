/**
 * Which way is better for each check-in score, and how a run of answers moved. The app reports the
 * client's own figures; "better" here only reads the scale (less pain, more sleep), it diagnoses nothing.
 */
import type { CheckInScore } from './checkIns';
import type { BetterWhen, TrendVerdict } from '../i18n/en/checkIns';

export const BETTER_WHEN: Record<CheckInScore, BetterWhen> = {
  soreness: 'lower',
  pain: 'lower',
  stiffness: 'lower',
  sleep: 'higher',
};

export interface ScoreTrend {
  first: number;
  last: number;
  /** From the first answer to the last, read with the score's direction; 'one' when there is only one. */
  verdict: TrendVerdict | 'one';
}

/** From the first answer to the last of one score: its ends, and whether that reads as better. */
export function scoreTrend(score: CheckInScore, values: readonly number[]): ScoreTrend | undefined {
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (values.length === 1) return { first, last, verdict: 'one' };
  const change = BETTER_WHEN[score] === 'lower' ? first - last : last - first;
  return { first, last, verdict: change > 0 ? 'better' : change < 0 ? 'worse' : 'same' };
}
