/** Languages: which one to speak, its catalogue, and plural, number and list forms through Intl. */
export { activeLocale, useCatalogue } from './active';
export { type LoadedLanguage, withLanguage } from './active';
export type { Catalogue } from './catalogue';
export { loadCatalogue } from './load';
export { type DisplayLocale, type Locale, LOCALES, LOCALE_NAMES, PSEUDO_LOCALE, isDisplayLocale, isLocale, pickLocale } from './locales';
export { formatList, formatNumber, plural, pluralIn, type PluralForms } from './plural';
export { homeText } from './en/home';
export { languageText } from './en/language';
export { shellText } from './en/shell';
export { timeText } from './en/time';
export { deskText } from './en/desk';
export { reportText } from './en/report';
export { linksText } from './en/links';
