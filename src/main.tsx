import { hydrate, render } from 'preact';
import { installSignalTracking } from './app/signalsInPreact';
import { App } from './app/App';
import './app/theme.css';

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
// `npm run bench` measures from here to today's data in memory, loading the storage code included.
performance.mark('aftercare:start');
void import('./app/afterFirstScreen').then(({ startInBackground }) => startInBackground());
