// @ts-check
/**
 * A token bucket per client address: `capacity` requests at once, refilled at `refillPerMinute`.
 * The app syncs twice per open (key + subscription), so 30 a minute is generous for a person and
 * tight for a script. IPv6 clients are bucketed by /64, which one household usually owns whole.
 * Memory is bounded: past `maxKeys`, full buckets go first, then the least recently seen.
 */

/**
 * @typedef {{ allowed: true } | { allowed: false, retryAfterSeconds: number }} RateDecision
 * @typedef {{ take(key: string): RateDecision, readonly size: number }} RateLimiter
 */

/**
 * @param {{ capacity?: number, refillPerMinute?: number, maxKeys?: number, now?: () => number }} [options]
 * @returns {RateLimiter}
 */
export function createRateLimiter({ capacity = 30, refillPerMinute = 30, maxKeys = 10_000, now = Date.now } = {}) {
  const perMs = refillPerMinute / 60_000;
  /** @type {Map<string, { tokens: number, updated: number }>} */
  const buckets = new Map();

  /** @param {number} t */
  function evict(t) {
    for (const [key, bucket] of buckets) {
      if (buckets.size <= maxKeys) return;
      if (bucket.tokens + (t - bucket.updated) * perMs >= capacity) buckets.delete(key);
    }
    for (const key of buckets.keys()) {
      if (buckets.size <= maxKeys) return;
      buckets.delete(key);
    }
  }

  return {
    take(key) {
      const t = now();
      const previous = buckets.get(key);
      const tokens = previous ? Math.min(capacity, previous.tokens + (t - previous.updated) * perMs) : capacity;
      buckets.delete(key); // re-inserting keeps the Map in least-recently-seen order
      if (tokens < 1) {
        buckets.set(key, { tokens, updated: t });
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      }
      buckets.set(key, { tokens: tokens - 1, updated: t });
      if (buckets.size > maxKeys) evict(t);
      return { allowed: true };
    },
    get size() {
      return buckets.size;
    },
  };
}

/**
 * The bucket key for a client address.
 * @param {string | undefined} address
 * @returns {string}
 */
export function clientKey(address) {
  if (!address) return 'unknown';
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('%')[0]?.split('::') ?? [''];
  const left = head ? head.split(':') : [];
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...left, ...new Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
