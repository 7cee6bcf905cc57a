/**
 * The pseudo-locale en-XA: every English message accented and about 40 % longer, in brackets. Drawn
 * over every screen by tests/e2e/pseudoLocale.test.mjs, it shows English that bypassed the catalogue
 * (no accents) and layouts that clip or overflow longer languages.
 */

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** One message in pseudo form: accented letters, padded by 40 % of its length. */
export function pseudoText(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  const accented = text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
  return `[${accented}${' ~'.repeat(Math.ceil(text.length * 0.2))}]`;
}

/** A namespace of English messages (strings, message functions, nested groups) in pseudo form. */
export function pseudo<T>(english: T): T {
  const value: unknown = english;
  if (typeof value === 'string') return pseudoText(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => pseudo((value as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map(pseudo) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudo(inner)])) as T;
  return english;
}
