import { render } from 'preact';
import { installSignalTracking } from './app/signalsInPreact';
import { App } from './app/App';
import './app/theme.css';

installSignalTracking();
document.getElementById('boot')?.remove();
render(<App />, document.getElementById('app')!);
// `npm run bench` measures from here to today's data in memory, loading the storage code included.
performance.mark('aftercare:start');
void import('./app/afterFirstScreen').then(({ startInBackground }) => startInBackground());
