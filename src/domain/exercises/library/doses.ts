/** Doses the library's exercises share, written once (their words are in the catalogue: i18n/en/exercises.ts). */

/** The most common default: two 30-second holds, twice a day, for three weeks. */
export const STRETCH = { sets: 2, holdSeconds: 30, timesPerDay: 2, durationDays: 21 } as const;
