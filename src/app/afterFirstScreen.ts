/**
 * What the app needs once the first screen is drawn: storage (whose data then fills the screen),
 * reminders, and the service worker. main.tsx starts loading it beside the first render (it is not
 * part of the first screen's budget); the worker registers when the page is idle.
 */
import { startApp } from '../state/startApp';
import type { EarlyStart } from '../storage/earlyOpen';
import { registerServiceWorker } from './swBridge';
import { pendingUpdate } from './UpdatePrompt';

export { startLanguage } from '../state/language/languageSwitch';

/** Starts storage (with the connection and read main.tsx asked for early, if any), then the rest when idle. */
export function startInBackground(early?: Promise<EarlyStart | undefined>): void {
  // The worker and the map of screens wait until today's data is shown (or 3 s, should storage hang):
  // on a first visit they would otherwise share the connection with the code Today needs.
  const started = startApp(early);
  void Promise.race([started, new Promise((wait) => setTimeout(wait, 3_000))]).finally(() => whenIdle(() => {
    void registerServiceWorker((apply) => (pendingUpdate.value = apply));
    // The map of the other screens is small; having it ready saves a step on the first navigation.
    void import('./screens');
  }));
}

function whenIdle(work: () => void): void {
  // Safari has no requestIdleCallback; a macrotask still lets the first frame paint first.
  if ('requestIdleCallback' in globalThis) requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 0);
}
