/**
 * Keeps the screen on while a guided session runs (Screen Wake Lock API), so a 30-second hold isn't
 * cut short by the phone locking itself. The browser drops the lock whenever the page is hidden;
 * we release it then too (nothing is left dangling if the page never comes back) and ask again
 * when the page is visible. Without the API, or when the browser says no (battery saver, a
 * permissions policy), the session simply runs without it.
 */
import { signal } from '@preact/signals-core';

/** Whether the screen is being kept on right now, for the screen to say so. */
export const screenKeptAwake = signal(false);

/** Holds a screen wake lock until the returned function is called. */
export function keepScreenAwake(): () => void {
  const api = globalThis.navigator?.wakeLock;
  if (!api) return () => {};
  let sentinel: WakeLockSentinel | null = null;
  let asking = false;
  let stopped = false;

  const release = () => {
    const held = sentinel;
    sentinel = null;
    screenKeptAwake.value = false;
    if (held && !held.released) held.release().catch(() => {});
  };
  const request = async () => {
    if (stopped || asking || sentinel || document.visibilityState !== 'visible') return;
    asking = true;
    try {
      const granted = await api.request('screen');
      // Stopped or hidden while the request was pending: this lock is no longer wanted.
      if (stopped || document.visibilityState !== 'visible') return void granted.release().catch(() => {});
      sentinel = granted;
      screenKeptAwake.value = true;
      granted.addEventListener('release', () => {
        if (sentinel !== granted) return;
        sentinel = null;
        screenKeptAwake.value = false;
      });
    } catch {
      screenKeptAwake.value = false;
    } finally {
      asking = false;
    }
  };
  const onVisibility = () => (document.visibilityState === 'visible' ? void request() : release());

  document.addEventListener('visibilitychange', onVisibility);
  void request();
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', onVisibility);
    release();
  };
}
