import type { ChecksMessages } from '../en/checks';
import { formatNumber, pluralIn } from '../plural';

// `what` comes with its article ("el nombre del terapeuta"); each sentence asks for an action, so
// nothing has to agree with the field's gender or number.
const plural = pluralIn('es');
const n = (value: number) => formatNumber(value, 'es');

export const checks: ChecksMessages = {
  add: (what) => `Añade ${what}.`,
  notText: (what) => `Escribe ${what} como texto.`,
  tooLong: (what, max) => `Acorta ${what}: ${plural(max, { one: 'como máximo # carácter', other: 'como máximo # caracteres' })}.`,
  notList: (what) => `Revisa ${what}: se esperaba una lista.`,
  tooMany: (what, max, count) => `Revisa ${what}: como máximo ${n(max)}, no ${count}.`,
  wholeNumber: (what, min, max) => `Para ${what}, usa un número entero del ${n(min)} al ${n(max)}.`,
  notTime: (what) => `Revisa ${what}: falta o no es una fecha y hora válida.`,
};
