// @ts-check
/**
 * What the page and the reminder server both accept as a time zone name. Plain JavaScript with
 * JSDoc types, like reminders.js beside it, so server/*.mjs can import it as it is.
 */

/** An IANA name such as "America/Argentina/ComodRivadavia" is 32 characters; 64 leaves room. */
export const TIME_ZONE_NAME_MAX_CHARS = 64;
