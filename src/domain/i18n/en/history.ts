/** History: each day once, its plan's goal (or the everyday amount) and what was drunk. */
import { namespace } from '../active';
import { plural } from '../plural';

export const history = {
  title: 'History',
  readFailed: 'History could not be read just now.',
  loading: 'Loading…',
  empty: 'No sessions yet. Your past sessions will be listed here.',
  /** A day's heading, when it is one of these. */
  today: 'Today',
  yesterday: 'Yesterday',
  tomorrow: 'Tomorrow',
  noSession: 'No session',
  stillGoing: 'Today, still going.',
  planned: 'Planned: starts at your wake time.',
  over: 'This day is over.',
  /** Two or more sessions on one day; `results` are "2 of 5 glasses" each. */
  sessions: (count: number, results: readonly string[]) => `${count} sessions: ${results.join(', then ')}.`,
  /** `result` is the day's result ("goal met (5 of 5 glasses)"). */
  planResult: (result: string) => `Plan: ${result}.`,
  waterResult: (result: string) => `Water: ${result}.`,
  /** `counted` is written in the reader's digits; `glasses` is the same count, for the plural. */
  drank: (counted: string, glasses: number, others: number) =>
    `Drank ${counted} ${plural('en', glasses, { one: 'glass', other: 'glasses' })} that count${
      others > 0 ? `, plus ${plural('en', others, { one: "# other drink that doesn't", other: "# other drinks that don't" })}` : ''}.`,
};
export type HistoryMessages = typeof history;
export const historyText = namespace('history', history);
