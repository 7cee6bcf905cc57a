/**
 * The catalogue the app speaks right now. English is written beside the code that uses it (one small
 * module per concern, `en/<namespace>.ts`), so each screen's chunk carries its own English and the first
 * screen carries only Home's. Another language is one lazy chunk holding every namespace
 * (`<locale>/index.ts`), loaded before the first render or when Settings switches, and precached by the
 * service worker for offline use.
 *
 * This is the one piece of module state in domain/: the language is chosen once per page by
 * state/language, and every text function reads it, so the hundreds of places that write a word do
 * not each thread a locale through. The server never relies on it: it passes a language to the
 * contract's text functions explicitly.
 */
import type { Catalogue, Namespace } from './catalogue';
import type { DisplayLocale, Locale } from './locales';

/** What a locale brings: a whole catalogue, or (the pseudo-locale) a rewrite of each English namespace. */
export interface LoadedLanguage {
  catalogue?: Catalogue;
  rewrite?: <T>(english: T) => T;
}

let locale: DisplayLocale = 'en';
let intl = 'en';
let loaded: LoadedLanguage = {};
let rewritten = new Map<string, unknown>();

/** The language the screens are drawn in now. */
export function activeLocale(): DisplayLocale {
  return locale;
}

/** The active language as one of the five a link, a handout or a push can carry (the pseudo-locale is English underneath). */
export function activeLanguage(): Locale {
  // The literal, not locales.ts's constant: importing that would bring the language list into the
  // first screen's core chunk.
  return locale === 'en-XA' ? 'en' : locale;
}

/**
 * The tag Intl formats with: the phone's own variant of the active language where it has one
 * ("en-GB" writes 24-hour times, "en-US" 12-hour; "es-MX", "fr-CA"), else the language itself.
 */
export function intlLocale(): string {
  return intl;
}

/**
 * Switches every text function to `next`, with what `loadCatalogue` returned for it; `intlTag` is the
 * phone's variant of that language for dates, times and numbers.
 */
export function useCatalogue(next: DisplayLocale, language: LoadedLanguage = {}, intlTag: string = next === 'en-XA' ? 'en' : next): void {
  locale = next;
  intl = intlTag;
  loaded = language;
  rewritten = new Map();
}

/**
 * Runs `fn` with `next` as the active language, then puts the language that was active back (also when
 * `fn` throws), for words drawn in another language than the screen's: the printed handout in the
 * client's language while the therapist's desk stays in the therapist's. `language` is what
 * `loadCatalogue(next)` returned, so the caller loads it first and this stays synchronous.
 *
 * Only what `fn` computes before it returns is in `next`: a promise, an effect or a child component
 * rendered later runs after the switch back, in the screen's language. So compute the words (dates
 * and numbers too: they read `activeLocale()`) inside `fn` and render plain strings.
 */
export function withLanguage<T>(next: DisplayLocale, language: LoadedLanguage, fn: () => T): T {
  const saved = { locale, loaded, rewritten, intl };
  useCatalogue(next, language);
  try {
    return fn();
  } finally {
    ({ locale, loaded, rewritten, intl } = saved);
  }
}

/**
 * A namespace of messages: call the returned function where the words are drawn (inside a render, a
 * notification, a file) to get them in the active language, falling back to English.
 */
export function namespace<K extends Namespace>(name: K, english: Catalogue[K]): () => Catalogue[K] {
  return () => {
    const translated = loaded.catalogue?.[name];
    if (translated) return translated;
    const { rewrite } = loaded;
    if (!rewrite) return english;
    if (!rewritten.has(name)) rewritten.set(name, rewrite(english));
    return rewritten.get(name) as Catalogue[K];
  };
}
