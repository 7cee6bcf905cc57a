/** Types for timeZoneName.js, which the server imports as plain JavaScript. */
export declare const TIME_ZONE_NAME_MAX_CHARS: 64;
