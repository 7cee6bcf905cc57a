// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from '../../server/push/rateLimit.mjs';

describe('createRateLimiter', () => {
  it('allows a burst of `capacity`, then refuses with a Retry-After until a token refills', () => {
    let t = 0;
    const limiter = createRateLimiter({ capacity: 30, refillPerMinute: 30, now: () => t });
    for (let i = 0; i < 30; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    t += 1999;
    expect(limiter.take('a').allowed).toBe(false);
    t += 1;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('keeps one bucket per client and refills to capacity, no further', () => {
    let t = 0;
    const limiter = createRateLimiter({ capacity: 2, refillPerMinute: 60, now: () => t });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
    t += 3_600_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('bounds its memory: past maxKeys it forgets the least recently seen client', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerMinute: 1, maxKeys: 100, now: () => 0 });
    for (let i = 0; i < 1000; i++) limiter.take(`client-${i}`);
    expect(limiter.size).toBeLessThanOrEqual(100);
    expect(limiter.take('client-999').allowed).toBe(false); // recent: still remembered
  });
});

describe('clientKey', () => {
  it('uses IPv4 as is, unwraps IPv4-mapped IPv6, and buckets IPv6 by /64', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:bbbb::2')).toBe('2001:db8:1:2::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey(undefined)).toBe('unknown');
  });
});
