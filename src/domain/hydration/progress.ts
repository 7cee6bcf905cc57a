/** How far the client is toward today's water goal. */
import { countsTowardGoal, type BeverageId } from './beverages';

export interface LoggedDrink {
  beverage: BeverageId;
  volumeMl: number;
}

/** Only drinks that count toward the goal; invalid volumes are ignored rather than poisoning the sum. */
export function countedMl(entries: readonly LoggedDrink[]): number {
  let total = 0;
  for (const entry of entries) {
    if (countsTowardGoal(entry.beverage) && Number.isFinite(entry.volumeMl) && entry.volumeMl > 0) {
      total += entry.volumeMl;
    }
  }
  return total;
}

/** Exact, not rounded: 300 ml with 250 ml glasses is 1.2 glasses. */
export function countedGlasses(entries: readonly LoggedDrink[], glassMl: number): number {
  if (!(glassMl > 0)) throw new RangeError(`A glass must hold more than 0 ml (got ${glassMl}).`);
  return countedMl(entries) / glassMl;
}

/** Glass counts come from float sums of ml; 2.9999999 glasses is three whole glasses drunk. */
const COUNT_TOLERANCE = 1e-9;

/** Whole glasses drunk, for "which reminder comes next" and "is the goal met". */
export function wholeGlasses(counted: number): number {
  return Math.floor(counted + COUNT_TOLERANCE);
}

/** How full the progress ring is, 0..1. A goal of nothing is already met. */
export function progressFraction(counted: number, goal: number): number {
  if (!(goal > 0)) return 1;
  if (!(counted > 0)) return 0;
  return Math.min(1, counted / goal);
}
