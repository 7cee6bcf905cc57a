/** The languages Aftercare speaks, and how the phone's language list picks one. */
export const LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];
/**
 * A locale the screens can be drawn in: the five above, plus the pseudo-locale `en-XA` (accented,
 * 40 % longer English) that tests use to find untranslated or clipped text. Never offered in Settings.
 */
export type DisplayLocale = Locale | typeof PSEUDO_LOCALE;
export const PSEUDO_LOCALE = 'en-XA';

/** Each language by its own name, so a reader finds theirs whatever language the screen is in. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
};

/** Whether a value (from storage, a link or a request) names one of our languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Whether a value names a locale the screens can be drawn in (the five, or the pseudo-locale). */
export function isDisplayLocale(value: unknown): value is DisplayLocale {
  return isLocale(value) || value === PSEUDO_LOCALE;
}

/**
 * The phone's own variant of `locale` for Intl ("en-GB" for English on a British phone), else the
 * language itself; the pseudo-locale formats as English.
 */
export function regionalTag(locale: DisplayLocale, languages: readonly string[]): string {
  const language = locale === PSEUDO_LOCALE ? 'en' : locale;
  const primary = language.split('-')[0]!;
  const exact = languages.find((tag) => tag.toLowerCase() === language.toLowerCase());
  const sameLanguage = languages.find((tag) => tag.split('-')[0]!.toLowerCase() === primary);
  try {
    return Intl.getCanonicalLocales(exact ?? sameLanguage ?? language)[0] ?? language;
  } catch {
    return language; // A malformed tag from the browser: the language alone formats fine.
  }
}

/**
 * The first of the phone's languages (`navigator.languages`, most preferred first) that we speak:
 * an exact tag first ("pt-BR"), else the same language in another region ("es-MX" → es, "pt-PT" →
 * pt-BR, "de-AT" → de). English when none matches.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.split('-')[0]!.toLowerCase();
    const sameLanguage = LOCALES.find((locale) => locale.split('-')[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  return 'en';
}
