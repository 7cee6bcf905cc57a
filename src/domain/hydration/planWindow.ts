/**
 * How far back a saved session can matter to today: a plan current now was saved at most a day or
 * so ago, yesterday's (for its result) two. Three days leaves room for a late entry. Its own module
 * because the first screen reads it, and must not pull the day model in with it.
 */
export const PLAN_LOOKBACK_MS = 3 * 86_400_000;
