import 'fake-indexeddb/auto';
import { installSignalTracking } from '../../src/app/signalsInPreact';

// As in main.tsx: components re-render when a signal they read changes.
installSignalTracking();
