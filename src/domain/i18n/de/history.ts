import type { HistoryMessages } from '../en/history';
import { pluralIn } from '../plural';

const plural = pluralIn('de');

export const history: HistoryMessages = {
  title: 'Verlauf',
  readFailed: 'Der Verlauf konnte gerade nicht gelesen werden.',
  loading: 'Wird geladen …',
  empty: 'Noch keine Sitzungen. Ihre bisherigen Sitzungen erscheinen hier.',
  today: 'Heute',
  yesterday: 'Gestern',
  tomorrow: 'Morgen',
  noSession: 'Keine Sitzung',
  stillGoing: 'Heute, läuft noch.',
  planned: 'Geplant: beginnt zu Ihrer Aufstehzeit.',
  over: 'Dieser Tag ist vorbei.',
  sessions: (count, results) => `${count} Sitzungen: ${results.join(', danach ')}.`,
  planResult: (result) => `Plan: ${result}.`,
  waterResult: (result) => `Wasser: ${result}.`,
  drank: (counted, glasses, others) =>
    `Getrunken: ${counted} ${plural(glasses, { one: 'Glas, das zählt', other: 'Gläser, die zählen' })}${
      others > 0 ? `, dazu ${plural(others, { one: '# anderes Getränk, das nicht zählt', other: '# andere Getränke, die nicht zählen' })}` : ''}.`,
};
