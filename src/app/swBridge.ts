/**
 * The one bridge between the page and the service worker (src/sw.ts).
 * The page never reloads on its own: a waiting worker is announced through `onUpdateReady`
 * and takes over only when the user agrees, so nobody loses a half-filled form.
 */
import type { Workbox } from 'workbox-window';

export type ApplyUpdate = () => void;

/** Registers /sw.js (production builds only) and reports a waiting update through the callback. */
export async function registerServiceWorker(onUpdateReady: (apply: ApplyUpdate) => void): Promise<Workbox | undefined> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => onUpdateReady(() => applyUpdate(wb)));
  await wb.register();
  return wb;
}

/** Tells the waiting worker to activate, then reloads once it controls the page. */
function applyUpdate(wb: Workbox): void {
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
}
