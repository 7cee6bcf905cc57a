import type { ChecksMessages } from '../en/checks';
import { formatNumber, pluralIn } from '../plural';

// `what` comes with its article ("o nome do terapeuta"); each sentence asks for an action, so
// nothing has to agree with the field's gender or number.
const plural = pluralIn('pt-BR');
const n = (value: number) => formatNumber(value, 'pt-BR');

export const checks: ChecksMessages = {
  add: (what) => `Informe ${what}.`,
  notText: (what) => `Escreva ${what} como texto.`,
  tooLong: (what, max) => `Encurte ${what}: ${plural(max, { one: 'no máximo # caractere', other: 'no máximo # caracteres' })}.`,
  notList: (what) => `Confira ${what}: era esperada uma lista.`,
  tooMany: (what, max, count) => `Confira ${what}: no máximo ${n(max)}, não ${count}.`,
  wholeNumber: (what, min, max) => `Para ${what}, use um número inteiro de ${n(min)} a ${n(max)}.`,
  notTime: (what) => `Confira ${what}: a data ou a hora está faltando ou não é válida.`,
};
