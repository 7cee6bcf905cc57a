/** Words and doses the library's exercises share, written once. */
export const STOP_IF_SHARP = 'Stop if you feel sharp pain, numbness or tingling.';
export const GENTLE = 'Move slowly into a gentle stretch; it should never hurt.';

/** The most common default: two 30-second holds, twice a day, for three weeks. */
export const STRETCH = { sets: 2, holdSeconds: 30, timesPerDay: 2, durationDays: 21 } as const;
