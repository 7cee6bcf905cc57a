import type { ChecksMessages } from '../en/checks';
import { formatNumber } from '../plural';

// `what` is in the accusative with its article ("den Namen der Praxis"): every sentence here puts it
// after a verb or "für", so one form of each field's name fits them all.
const n = (value: number) => formatNumber(value, 'de');

export const checks: ChecksMessages = {
  add: (what) => `Bitte geben Sie ${what} an.`,
  notText: (what) => `Bitte geben Sie ${what} als Text ein.`,
  tooLong: (what, max) => `Bitte kürzen Sie ${what} auf höchstens ${n(max)} Zeichen.`,
  notList: (what) => `Bitte prüfen Sie ${what}: Erwartet wird eine Liste.`,
  tooMany: (what, max, count) => `Bitte prüfen Sie ${what}: höchstens ${n(max)}, nicht ${count}.`,
  wholeNumber: (what, min, max) => `Für ${what} ist eine ganze Zahl von ${n(min)} bis ${n(max)} nötig.`,
  notTime: (what) => `Bitte prüfen Sie ${what}: Datum oder Uhrzeit fehlt oder ist ungültig.`,
};
