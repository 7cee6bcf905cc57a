import type { ChecksMessages } from '../en/checks';

// `what` is the field as a form labels it (« Nom du thérapeute »), so it stands before a colon.
export const checks: ChecksMessages = {
  required: (what) => `${what} : champ obligatoire.`,
  notText: (what) => `${what} : du texte est attendu.`,
  tooLong: (what, max) => `${what} : ${max} caractères au maximum.`,
  notList: (what) => `${what} : une liste est attendue.`,
  tooMany: (what, max, count) => `${what} : ${max} au maximum, et non ${count}.`,
  wholeNumber: (what, min, max) => `${what} : indiquez un nombre entier de ${min} à ${max}.`,
  notInstant: (what) => `${what} : date absente ou non valide.`,
};
