import type { ChecksMessages } from '../en/checks';

// `what` is the field as a form labels it ("Nombre del terapeuta"), so it stands before a colon.
export const checks: ChecksMessages = {
  required: (what) => `${what}: campo obligatorio.`,
  notText: (what) => `${what}: tiene que ser un texto.`,
  tooLong: (what, max) => `${what}: como máximo ${max} caracteres.`,
  notList: (what) => `${what}: tiene que ser una lista.`,
  tooMany: (what, max, count) => `${what}: como máximo ${max}, no ${count}.`,
  wholeNumber: (what, min, max) => `${what}: escribe un número entero del ${min} al ${max}.`,
  notInstant: (what) => `${what}: falta la fecha y hora, o no es válida.`,
};
