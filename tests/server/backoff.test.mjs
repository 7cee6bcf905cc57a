// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelayMs } from '../../server/push/backoff.mjs';

describe('retryDelayMs', () => {
  it('doubles per attempt, with equal jitter between half and all of the step', () => {
    const low = (attempt) => retryDelayMs(attempt, { baseMs: 1000, random: () => 0 });
    const high = (attempt) => retryDelayMs(attempt, { baseMs: 1000, random: () => 0.999999 });
    expect([1, 2, 3, 4].map(low)).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map(high)).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never grows past the cap', () => {
    expect(retryDelayMs(40, { baseMs: 1000, capMs: 60_000, random: () => 0.999999 })).toBe(60_000);
  });

  it('spreads retries: many dispatchers do not wake in the same millisecond', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, { baseMs: 10_000 })));
    expect(delays.size).toBeGreaterThan(40);
  });

  it('honours Retry-After over back-off, within a day', () => {
    expect(retryDelayMs(1, { retryAfterMs: 120_000, baseMs: 1000 })).toBe(120_000);
    expect(retryDelayMs(5, { retryAfterMs: 0 })).toBe(0);
    expect(retryDelayMs(1, { retryAfterMs: 10 * MAX_RETRY_AFTER_MS })).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 22, 9, 0, 0);
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 08:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(['30'], now)).toBe(30_000);
  });
  it('gives undefined when absent or unreadable', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
