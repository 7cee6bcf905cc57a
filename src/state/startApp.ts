import { openIdbStore } from '../storage/idbStore';
import { openStore, reloadRequired, store } from './data/storeState';
import { reloadFromStore, showToday } from './data/sync';
import { todayWindow } from './data/todayWindow';
import { measureSinceAppStart, type EarlyStart } from '../storage/earlyOpen';
import { storageStarted } from './data/storageStarted';

/**
 * Opens storage, loads what the screens show and keeps it current. `early` is the database
 * connection main.tsx asked for before this code loaded, with Today's records read on it, if it got one.
 */
export async function startApp(early?: Promise<EarlyStart | undefined>): Promise<void> {
  try {
    await openAndRead(early);
  } finally {
    storageStarted.value = true;
  }
  // The reminder rules and the listeners load only now, so nothing but storage stands before Today.
  void import('./keepCurrent').then(({ keepCurrent }) => keepCurrent());
}

async function openAndRead(early?: Promise<EarlyStart | undefined>): Promise<void> {
  const started = await early;
  await openStore(() => openIdbStore(() => (reloadRequired.value = true), started));
  // The early read stands for a fresh one when it worked, came from the store now in use, and its
  // days are still today's (a start a moment before midnight reads again).
  const today = started && store.value.kind === 'indexeddb' ? await started.today : undefined;
  const { fromDay, toDay } = todayWindow(Date.now());
  if (started && today && started.window.fromDay === fromDay && started.window.toDay === toDay) showToday(started.window, today);
  else await reloadFromStore();
  // Read by `npm run bench`: app start (marked in main.tsx) to today's data in memory.
  measureSinceAppStart('aftercare:today-ready');
}
