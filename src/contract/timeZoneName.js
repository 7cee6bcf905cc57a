// @ts-check
/**
 * What the page and the reminder server both accept as a time zone name. Plain JavaScript (with a
 * .d.ts beside it) so server/*.mjs can import it as it is, unbuilt, while the page imports it too.
 */

/** An IANA name such as "America/Argentina/ComodRivadavia" is 32 characters; 64 leaves room. */
export const TIME_ZONE_NAME_MAX_CHARS = 64;
