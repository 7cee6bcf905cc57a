import type { ChecksMessages } from '../en/checks';

// `what` is the field as a form labels it („Name der Praxis“), so it stands before a colon.
export const checks: ChecksMessages = {
  required: (what) => `${what}: Bitte angeben.`,
  notText: (what) => `${what}: Bitte als Text angeben.`,
  tooLong: (what, max) => `${what}: Höchstens ${max} Zeichen.`,
  notList: (what) => `${what}: Muss eine Liste sein.`,
  tooMany: (what, max, count) => `${what}: Höchstens ${max}, nicht ${count}.`,
  wholeNumber: (what, min, max) => `${what}: Bitte eine ganze Zahl von ${min} bis ${max} angeben.`,
  notInstant: (what) => `${what}: Fehlt oder ist kein gültiger Zeitpunkt.`,
};
