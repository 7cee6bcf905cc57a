import { hydrate, render } from 'preact';
import { installSignalTracking } from './app/signalsInPreact';
import { App } from './app/App';
import { openCurrentDatabase } from './storage/earlyOpen';
import { todayWindow } from './state/data/todayWindow';
import './app/theme.css';

// `npm run bench` measures from here to today's data in memory. The database starts opening (and,
// once open, reading Today's records) and the storage code loading before the first render, so all
// of it overlaps the render.
performance.mark('aftercare:start');
const database = typeof indexedDB === 'undefined' ? undefined : openCurrentDatabase(() => todayWindow(Date.now()));
const later = import('./app/afterFirstScreen');

installSignalTracking();
const root = document.getElementById('app')!;
// A built page arrives with Home already drawn (scripts/firstScreenHtml.ts). At '/' the app takes
// that markup over as it is; on any other path index.html's inline script kept it hidden, and the
// app draws its own screen instead.
if (root.firstChild && !document.documentElement.classList.contains('elsewhere')) {
  hydrate(<App />, root);
} else {
  root.textContent = '';
  render(<App />, root);
  document.documentElement.classList.remove('elsewhere');
}
void later.then(({ startInBackground }) => startInBackground(database));
