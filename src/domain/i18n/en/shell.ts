/** The frame around every screen: header, tabs, loading and update notices. */
import { namespace } from '../active';

export const shell = {
  brand: 'Aftercare',
  documentTitle: 'Aftercare — your massage aftercare plan',
  forTherapists: 'for therapists',
  mainNavigation: 'Main',
  tabs: { today: 'Today', exercises: 'Exercises', progress: 'Progress', history: 'History', settings: 'Settings' },
  loading: 'Loading…',
  screenFailed: 'This screen could not load. Check your connection once, then',
  tryAgain: 'try again',
  updateReady: 'A new version of Aftercare is ready.',
  reloadNow: 'Reload now',
  later: 'Later',
};
export type ShellMessages = typeof shell;
export const shellText = namespace('shell', shell);
