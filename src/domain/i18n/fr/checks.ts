import type { ChecksMessages } from '../en/checks';
import { formatNumber, pluralIn } from '../plural';

// `what` comes with its article ("le nom du thérapeute"); each sentence asks for an action, so
// nothing has to agree with the field's gender or number.
const plural = pluralIn('fr');
const n = (value: number) => formatNumber(value, 'fr');

export const checks: ChecksMessages = {
  add: (what) => `Ajoutez ${what}.`,
  notText: (what) => `Saisissez ${what} sous forme de texte.`,
  tooLong: (what, max) => `Raccourcissez ${what} : ${plural(max, { one: '# caractère au maximum', other: '# caractères au maximum' })}.`,
  notList: (what) => `Vérifiez ${what} : une liste est attendue.`,
  tooMany: (what, max, count) => `Vérifiez ${what} : ${n(max)} au maximum, pas ${count}.`,
  wholeNumber: (what, min, max) => `Pour ${what}, indiquez un nombre entier de ${n(min)} à ${n(max)}.`,
  notTime: (what) => `Vérifiez ${what} : la date ou l’heure manque ou n’est pas valide.`,
};
