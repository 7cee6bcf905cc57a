import { afterEach, describe, expect, it } from 'vitest';
import { keepScreenAwake, screenKeptAwake } from '../../../src/state/carePlan/screenWakeLock';

/** A wake-lock API whose requests resolve when the test says, recording what the page did. */
function fakeWakeLock(answer: 'grant' | 'refuse' = 'grant') {
  const calls: string[] = [];
  const pending: (() => void)[] = [];
  const request = () => new Promise((resolve, reject) => {
    calls.push('request');
    pending.push(() => {
      if (answer === 'refuse') return reject(new DOMException('Battery saver', 'NotAllowedError'));
      resolve(Object.assign(new EventTarget(), { released: false, release: async () => void calls.push('release') }));
    });
  });
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
  const settle = async () => {
    pending.splice(0).forEach((go) => go());
    await new Promise((done) => setTimeout(done, 0));
  };
  return { calls, settle };
}

afterEach(() => void delete (navigator as { wakeLock?: unknown }).wakeLock);

describe('keepScreenAwake', () => {
  it('does nothing where the API is missing', () => {
    expect(() => keepScreenAwake()()).not.toThrow();
    expect(screenKeptAwake.value).toBe(false);
  });

  it('holds the lock until stopped, and says so', async () => {
    const lock = fakeWakeLock();
    const stop = keepScreenAwake();
    await lock.settle();
    expect([lock.calls, screenKeptAwake.value]).toEqual([['request'], true]);
    stop();
    expect([lock.calls, screenKeptAwake.value]).toEqual([['request', 'release'], false]);
  });

  it('lets go of a lock granted after it was stopped', async () => {
    const lock = fakeWakeLock();
    keepScreenAwake()();
    await lock.settle();
    expect(lock.calls).toEqual(['request', 'release']);
    expect(screenKeptAwake.value).toBe(false);
  });

  it('carries on without the lock when the browser refuses it', async () => {
    const lock = fakeWakeLock('refuse');
    const stop = keepScreenAwake();
    await lock.settle();
    expect(screenKeptAwake.value).toBe(false);
    stop();
    expect(lock.calls).toEqual(['request']);
  });
});
