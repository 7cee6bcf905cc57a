/**
 * The sentences every form, link and backup check is built from (domain/checks/schemaParts.ts), around
 * the name of the field. English names a field as a noun phrase with its article, lowercase ("the
 * therapist's name"); the other languages name it as a form labels it ("Nombre del terapeuta") and
 * put it before a colon, so no article, case or agreement has to fit around it.
 */
import { namespace } from '../active';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const checks = {
  required: (what: string) => `Add ${what}.`,
  notText: (what: string) => `${capitalized(what)} must be text.`,
  tooLong: (what: string, max: number) => `${capitalized(what)} is too long (at most ${max} characters).`,
  notList: (what: string) => `${capitalized(what)} must be a list.`,
  /** `count` is how many the list held. */
  tooMany: (what: string, max: number, count: string) => `${capitalized(what)}: at most ${max}, not ${count}.`,
  wholeNumber: (what: string, min: number, max: number) => `${capitalized(what)} must be a whole number from ${min} to ${max}.`,
  notInstant: (what: string) => `${capitalized(what)} is missing or not a valid time.`,
};
export type ChecksMessages = typeof checks;
export const checksText = namespace('checks', checks);
