import type { DataMessages } from '../en/data';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');
const count = (n: number, one: string, other: string) => plural(n, { one, other });

export const data: DataMessages = {
  title: 'Vos données',
  intro: 'Tout reste sur ce téléphone, sauf si vous choisissez de le partager.',
  persisted: 'Votre navigateur a accepté de conserver les données d’Aftercare.',
  mayClear: 'Votre navigateur pourrait effacer les données d’Aftercare s’il manque de place ; exportez une sauvegarde de temps en temps.',
  using: (size) => `Espace utilisé : ${size}.`,
  exportBackup: 'Exporter une sauvegarde',
  importBackup: 'Importer une sauvegarde',
  importDone: (c) => {
    const parts = [
      `${count(c.sessionsAdded, '# séance', '# séances')} et ${count(c.drinksAdded, '# boisson', '# boissons')} importées`,
      c.planRecordsAdded > 0
        ? count(c.planRecordsAdded,
          '# élément de votre thérapeute (plans, exercices, points de suivi) importé',
          '# éléments de votre thérapeute (plans, exercices, points de suivi) importés')
        : '',
      c.alreadyHere > 0
        ? count(c.alreadyHere,
          '# élément déjà présent sur ce téléphone a été conservé tel quel',
          '# éléments déjà présents sur ce téléphone ont été conservés tels quels')
        : '',
      c.settingsRestored ? 'réglages restaurés' : '',
    ];
    return `Importation terminée : ${parts.filter(Boolean).join(' ; ')}.`;
  },
  importNotSaved: 'La sauvegarde n’a pas pu être enregistrée sur ce téléphone : rien n’a été importé. Veuillez réessayer.',
  deleteAll: 'Supprimer toutes mes données',
  deleteQuestion: 'Tout supprimer ?',
  deleteWhat: 'Vos séances, plans, boissons et réglages seront supprimés de ce téléphone, ainsi que les rappels. Cette action est irréversible.',
  deleteYes: 'Oui, tout supprimer',
  cancel: 'Annuler',
  deleteFailed: 'Certaines données n’ont pas pu être supprimées. Veuillez réessayer.',
  otherTab: 'Aftercare a été mis à jour dans un autre onglet. Rechargez la page pour continuer à enregistrer ici.',
  reload: 'Recharger',
  unsavedDrinks: (n) => count(n,
    '# boisson n’est pas encore enregistrée. Elle compte quand même ; Aftercare continue d’essayer de l’enregistrer.',
    '# boissons ne sont pas encore enregistrées. Elles comptent quand même ; Aftercare continue d’essayer de les enregistrer.'),
  tryAgainNow: 'Réessayer maintenant',
  problem: {
    unavailable: 'Ce navigateur ne permet pas à Aftercare d’enregistrer des données (navigation privée ou stockage bloqué). Tout fonctionne pendant cette visite, mais rien ne sera gardé après la fermeture de l’application.',
    full: 'Votre téléphone n’a plus d’espace de stockage pour Aftercare : cela n’a pas été enregistré. Libérez de l’espace et réessayez.',
    notSaved: 'Aftercare n’a pas pu enregistrer cela pour le moment. Veuillez réessayer.',
  },
};
