// @ts-check
/**
 * When to try a failed delivery again. Exponential back-off with "equal jitter" (half fixed, half
 * random) so a push service outage does not make every dispatcher retry in the same second; a
 * Retry-After from the push service always wins, because it knows its own load.
 */

/** We wait at most this long even if a push service asks for longer; the reminder's TTL usually ends it sooner. */
export const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/**
 * @typedef {object} BackoffOptions
 * @property {number} [baseMs] The first retry waits between baseMs/2 and baseMs.
 * @property {number} [capMs] No back-off grows past this.
 * @property {() => number} [random] In [0, 1); injectable for tests.
 */

/**
 * @param {number} attempt Attempts made so far (1 after the first failure).
 * @param {{ retryAfterMs?: number | undefined } & BackoffOptions} [options]
 * @returns {number} milliseconds to wait
 */
export function retryDelayMs(attempt, { retryAfterMs, baseMs = 10_000, capMs = 3_600_000, random = Math.random } = {}) {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), MAX_RETRY_AFTER_MS);
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Reads an HTTP Retry-After value: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * @param {string | string[] | undefined} header
 * @param {number} now epoch ms
 * @returns {number | undefined} milliseconds from now, or undefined when absent or unreadable
 */
export function parseRetryAfter(header, now) {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates start with a day name (IMF-fixdate, RFC 850, asctime); Date.parse alone takes "-5" as a year.
  const date = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
