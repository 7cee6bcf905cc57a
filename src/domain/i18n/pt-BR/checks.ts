import type { ChecksMessages } from '../en/checks';

// `what` is the field as a form labels it (“Nome do terapeuta”), so it stands before a colon.
export const checks: ChecksMessages = {
  required: (what) => `${what}: campo obrigatório.`,
  notText: (what) => `${what}: precisa ser um texto.`,
  tooLong: (what, max) => `${what}: no máximo ${max} caracteres.`,
  notList: (what) => `${what}: precisa ser uma lista.`,
  tooMany: (what, max, count) => `${what}: no máximo ${max}, não ${count}.`,
  wholeNumber: (what, min, max) => `${what}: informe um número inteiro de ${min} a ${max}.`,
  notInstant: (what) => `${what}: data e hora ausentes ou inválidas.`,
};
