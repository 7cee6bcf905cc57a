/**
 * The parts every check in the domain is built from: valibot schemas whose messages are the
 * plain-English sentences the screens show. Forms, links, backups and stored records all use them,
 * so a field is checked the same way wherever it comes from.
 *
 * Two conventions:
 * - JSON has no undefined, so a missing key and null both mean "not given". Every part here hands
 *   that null to the field's own check, which names the problem ("Add the therapist's name.")
 *   instead of valibot's generic missing-key issue; `field` does the same for any other schema.
 * - A message may name a list position as `{steps}`: the 1-based index of the item under the key
 *   `steps`. valibot writes a message before the issue knows its path, so `messagesOf` fills the
 *   positions in afterwards.
 *
 * The sentences are the catalogue's (i18n/en/checks.ts), written when an issue is found, so they are
 * in the language the screen speaks then; a field's name is best given as a function that reads it
 * from its concern's catalogue for the same reason.
 */
import * as v from 'valibot';
import { checksText } from '../i18n/en/checks';
import { isAbsent, isInstant, isRecord, isWholeNumberIn, type Range } from './jsonGuards';
import { plainText } from './plainText';

/** A schema that takes any JSON value and gives a `T`. */
export type Schema<T> = v.GenericSchema<unknown, T>;
export type Message = v.ErrorMessage<v.BaseIssue<unknown>>;

export interface ListLimits {
  readonly minItems: number;
  readonly maxItems: number;
  readonly maxChars: number;
}

/**
 * What the messages call a field ("the therapist's name"), shaped for the sentences in
 * i18n/en/checks.ts: plain text, or a function that reads it from a catalogue when a message is written.
 */
export type FieldName = string | (() => string);

const nameOf = (what: FieldName): string => (typeof what === 'function' ? what() : what);

/** A schema whose missing key reads as null, so it reports the absence itself (see the top of this file). */
export function field<T>(schema: Schema<T>): Schema<T> {
  // A pipe takes its first item's type and default, so a pipe that starts with a field is one too.
  return v.optional(schema, null) as unknown as Schema<T>;
}

/** A value that passes `guard`, else one issue with `message`. */
export function checked<T>(guard: (value: unknown) => value is T, message: Message): Schema<T> {
  // custom's one type parameter is its input and its output; the input here is any JSON value.
  return field(v.custom<T>(guard, message) as unknown as Schema<T>);
}

/** A key that may be left out (or null): then it is undefined; otherwise `schema` checks it. */
export function optionalField<T>(schema: Schema<T>): Schema<T | undefined> {
  return field(v.pipe(v.unknown(), v.transform((value) => value ?? undefined), v.optional(schema)));
}

/** Anything but a plain object reads as {}, so each field of the object after it says what is missing. */
export const asRecord = v.transform((value: unknown): Record<string, unknown> => (isRecord(value) ? value : {}));

/** An object of `entries`; anything else reads as {} (see asRecord). */
export function recordOf<E extends v.ObjectEntries>(entries: E): Schema<v.InferOutput<v.ObjectSchema<E, undefined>>> {
  return field(v.pipe(v.unknown(), asRecord, v.object(entries)));
}

/** One line of plain text; `what` names it ("the therapist's name"). Blank is undefined if `optional`. */
function line(what: FieldName, max: number, optional: boolean): Schema<string | undefined> {
  const mustBeText = checked((value): value is string | null | undefined => isAbsent(value) || typeof value === 'string', () => checksText().notText(nameOf(what)));
  return v.pipe(
    mustBeText,
    v.transform((value) => plainText(value ?? '') || undefined),
    v.check((text) => text !== undefined || optional, () => checksText().add(nameOf(what))),
    v.check((text) => text === undefined || text.length <= max, () => checksText().tooLong(nameOf(what), max)),
  );
}

/** Required plain text of at most `max` characters. */
export function text(what: FieldName, max: number): Schema<string> {
  return line(what, max, false) as Schema<string>;
}

/** Plain text of at most `max` characters; absent or blank is undefined, without a message. */
export function optionalText(what: FieldName, max: number): Schema<string | undefined> {
  return line(what, max, true);
}

/**
 * A list of plain-text lines; blank lines are dropped (an empty row left in a form is not an
 * error). `item` names a line, with its position as a token: 'step {steps} of exercise {exercises}'.
 */
export function textList(what: FieldName, item: FieldName, limits: ListLimits): Schema<string[]> {
  const tooMany = (count: string) => checksText().tooMany(nameOf(what), limits.maxItems, count);
  return v.pipe(
    checked((value): value is unknown[] | null | undefined => Array.isArray(value) || (isAbsent(value) && limits.minItems === 0), () => checksText().notList(nameOf(what))),
    v.transform((value) => value ?? []),
    // Far past the limit: don't clean thousands of lines only to refuse them.
    v.maxLength(limits.maxItems * 2, (issue) => tooMany(issue.received)),
    v.array(line(item, limits.maxChars, true)),
    v.transform((lines) => lines.filter((text): text is string => text !== undefined)),
    v.maxLength(limits.maxItems, (issue) => tooMany(issue.received)),
    v.minLength(limits.minItems, () => checksText().add(nameOf(what))),
  );
}

/** A whole number in `range`: "The sets of exercise 1 must be a whole number from 1 to 10." */
export function wholeNumber(what: FieldName, range: Range): Schema<number> {
  return checked((value): value is number => isWholeNumberIn(value, range), () => checksText().wholeNumber(nameOf(what), range.min, range.max));
}

/** An instant; how far back or ahead it may be is the caller's check, with its own message. */
export function instant(what: FieldName): Schema<number> {
  return checked(isInstant, () => checksText().notTime(nameOf(what)));
}

type Path = readonly v.IssuePathItem[];

function withPositions(message: string, path: Path, known: Readonly<Record<string, number>>): string {
  const positions: Record<string, number> = { ...known };
  path.forEach((item, index) => {
    const next = path[index + 1]?.key;
    if (typeof next === 'number') positions[String(item.key)] = next + 1;
  });
  return message.replace(/\{(\w+)\}/g, (token, name: string) => (name in positions ? String(positions[name]) : token));
}

/**
 * The issues' messages with list positions filled in, each distinct message once. `known` gives
 * positions the path can't, e.g. `{ exercises: 3 }` when one exercise is checked on its own.
 */
export function messagesOf(issues: readonly v.BaseIssue<unknown>[], known: Readonly<Record<string, number>> = {}): string[] {
  return [...new Set(issues.map((issue) => withPositions(issue.message, issue.path ?? [], known)))];
}

/** One message per bad field of a form, for the form to show beside the field. */
export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** The first message about each field, keyed by the field the issue is about. */
export function fieldErrorsOf<K extends string>(issues: readonly v.BaseIssue<unknown>[]): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const issue of issues) {
    const key = issue.path?.[0]?.key as K | undefined;
    if (typeof key === 'string' && errors[key] === undefined) errors[key] = messagesOf([issue])[0];
  }
  return errors;
}
