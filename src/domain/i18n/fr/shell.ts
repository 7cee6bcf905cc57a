import type { ShellMessages } from '../en/shell';

export const shell: ShellMessages = {
  brand: 'Aftercare',
  documentTitle: 'Aftercare — votre plan de soins après le massage',
  forTherapists: 'pour les thérapeutes',
  mainNavigation: 'Principale',
  tabs: { today: 'Aujourd’hui', exercises: 'Exercices', progress: 'Progrès', history: 'Historique', settings: 'Réglages' },
  loading: 'Chargement…',
  screenFailed: 'Cet écran n’a pas pu se charger. Connectez-vous une fois à Internet, puis',
  tryAgain: 'réessayez',
  updateReady: 'Une nouvelle version d’Aftercare est prête.',
  reloadNow: 'Recharger',
  later: 'Plus tard',
};
