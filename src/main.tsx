import { hydrate, render } from 'preact';
import { installSignalTracking } from './app/signalsInPreact';
import { App } from './app/App';
import { APP_START_MARK, openCurrentDatabase } from './storage/earlyOpen';
import { useCatalogue } from './domain/i18n/active';
import './app/theme.css';

// `npm run bench` measures from here to today's data in memory. The database starts opening (and,
// once open, reading Today's records) and the storage code loading before the first render, so all
// of it overlaps the render.
performance.mark(APP_START_MARK);
const database = typeof indexedDB === 'undefined' ? undefined : openCurrentDatabase(() => import('./state/data/todayWindow').then((m) => m.todayWindow(Date.now())));
const later = import('./app/afterFirstScreen');

installSignalTracking();
const root = document.getElementById('app')!;
function mount() {
  // A built page arrives with Home already drawn in English (scripts/firstScreenHtml.ts). At '/' the
  // app takes that markup over as it is; on any other path, or in another language, index.html's
  // inline script kept it hidden, and the app draws its own screen instead.
  if (root.firstChild && !document.documentElement.classList.contains('elsewhere')) {
    hydrate(<App />, root);
  } else {
    root.textContent = '';
    render(<App />, root);
    document.documentElement.classList.remove('elsewhere');
  }
}
// English travels with the code; another language's catalogue loads first, so no English flashes.
const languageReady = later.then((m) => m.startLanguage());
// English draws at once, with the phone's English for times and dates (en-GB: 24-hour).
if (document.documentElement.lang === 'en') {
  useCatalogue('en', {}, navigator.languages?.find((tag) => /^en\b/i.test(tag)) ?? 'en');
  mount();
}
else void languageReady.then(mount, mount);
void later.then(({ startInBackground }) => startInBackground(database));
