import type { ShellMessages } from '../en/shell';

export const shell: ShellMessages = {
  brand: 'Aftercare',
  documentTitle: 'Aftercare — Ihr Nachsorgeplan nach der Massage',
  forTherapists: 'für Therapeuten',
  mainNavigation: 'Hauptmenü',
  tabs: { today: 'Heute', exercises: 'Übungen', progress: 'Fortschritt', history: 'Verlauf', settings: 'Einstellungen' },
  loading: 'Wird geladen …',
  screenFailed: 'Diese Seite konnte nicht geladen werden. Verbinden Sie sich einmal mit dem Internet und',
  tryAgain: 'versuchen Sie es erneut',
  updateReady: 'Eine neue Version von Aftercare ist bereit.',
  reloadNow: 'Jetzt neu laden',
  later: 'Später',
};
