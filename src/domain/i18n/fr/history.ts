import type { HistoryMessages } from '../en/history';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');

export const history: HistoryMessages = {
  title: 'Historique',
  readFailed: 'L’historique n’a pas pu être lu pour le moment.',
  loading: 'Chargement…',
  empty: 'Pas encore de séance. Vos séances passées apparaîtront ici.',
  today: 'Aujourd’hui',
  yesterday: 'Hier',
  tomorrow: 'Demain',
  noSession: 'Pas de séance',
  stillGoing: 'Aujourd’hui, en cours.',
  planned: 'Prévu : commence à votre heure du réveil.',
  over: 'Cette journée est terminée.',
  sessions: (count, results) => `${count} séances : ${results.join(', puis ')}.`,
  planResult: (result) => `Plan : ${result}.`,
  waterResult: (result) => `Eau : ${result}.`,
  drank: (counted, glasses, others) =>
    `Vous avez bu ${counted} ${plural(glasses, { one: 'verre qui compte', other: 'verres qui comptent' })}${
      others > 0 ? `, plus ${plural(others, { one: '# autre boisson qui ne compte pas', other: '# autres boissons qui ne comptent pas' })}` : ''}.`,
};
