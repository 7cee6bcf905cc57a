/**
 * How far back a saved session can matter to today. (How long a plan takes glasses is the day
 * model's: planEndsAt in hydrationDay.ts.) Its own small module because the first screen reads it
 * and must not pull the day model in with it.
 */

/**
 * A plan current now was saved at most a day or so ago, yesterday's (for its result) two. Three
 * days leaves room for a late entry.
 */
export const PLAN_LOOKBACK_MS = 3 * 86_400_000;
