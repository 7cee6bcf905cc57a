import 'fake-indexeddb/auto';
import { installSignalTracking } from '../../src/app/signalsInPreact';

// As in main.tsx: components re-render when a signal they read changes.
installSignalTracking();

// A test that switches language (useCatalogue) never leaks it into the next one.
import { afterEach } from 'vitest';
import { useCatalogue } from '../../src/domain/i18n';

afterEach(() => useCatalogue('en'));
