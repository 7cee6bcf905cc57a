/**
 * What every check says about one field (domain/checks/schemaParts.ts), for forms, links and stored
 * records alike. `what` is the field's name, written by the concern that owns the field in the same
 * language and shaped to fit these sentences: in English "the therapist's name"; in Spanish, French
 * and Portuguese with its article ("el nombre del terapeuta"), and in German in the accusative
 * ("den Namen der Praxis"), since each language's sentences below put it there. A list item's name
 * may carry its position as a token ("step {steps}"), which schemaParts fills in afterwards.
 */
import { namespace } from '../active';
import { formatNumber, plural } from '../plural';

const sentence = (what: string) => what.charAt(0).toUpperCase() + what.slice(1);
const n = (value: number) => formatNumber(value, 'en');

export const checks = {
  add: (what: string) => `Add ${what}.`,
  notText: (what: string) => `${sentence(what)} must be text.`,
  tooLong: (what: string, max: number) => `${sentence(what)} is too long (at most ${plural('en', max, { one: '# character', other: '# characters' })}).`,
  notList: (what: string) => `${sentence(what)} must be a list.`,
  /** `count` is how many the list held, as valibot reports it. */
  tooMany: (what: string, max: number, count: string) => `${sentence(what)}: at most ${n(max)}, not ${count}.`,
  wholeNumber: (what: string, min: number, max: number) => `${sentence(what)} must be a whole number from ${n(min)} to ${n(max)}.`,
  notTime: (what: string) => `${sentence(what)} is missing or not a valid time.`,
};
export type ChecksMessages = typeof checks;
export const checksText = namespace('checks', checks);
