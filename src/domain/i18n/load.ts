/** Loads a language's catalogue: one lazy chunk per language, precached for offline use. */
import type { LoadedLanguage } from './active';
import type { DisplayLocale } from './locales';

const LOADERS: Record<Exclude<DisplayLocale, 'en'>, () => Promise<LoadedLanguage>> = {
  es: () => import('./es').then(({ catalogue }) => ({ catalogue })),
  fr: () => import('./fr').then(({ catalogue }) => ({ catalogue })),
  de: () => import('./de').then(({ catalogue }) => ({ catalogue })),
  'pt-BR': () => import('./pt-BR').then(({ catalogue }) => ({ catalogue })),
  'en-XA': () => import('./pseudo').then(({ pseudo }) => ({ rewrite: pseudo })),
};

/** What `useCatalogue` needs for `locale`; nothing for English, whose words travel with the code. */
export async function loadCatalogue(locale: DisplayLocale): Promise<LoadedLanguage> {
  return locale === 'en' ? {} : LOADERS[locale]();
}
