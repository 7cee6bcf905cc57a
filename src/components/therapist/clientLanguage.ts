/**
 * Words for the client in the client's language while the desk stays in the therapist's: the printed
 * handout, its "scan" caption and what the share sheet sends. The client's catalogue is loaded once
 * per page, then every word is drawn inside withLanguage (see domain/i18n/active.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { activeLocale, loadCatalogue, type LoadedLanguage, type Locale, withLanguage } from '../../domain/i18n';

/** Runs `draw` with the client's language active and gives back what it drew. */
export type InClientLanguage = <T>(draw: () => T) => T;

/** Catalogues loaded so far for the client's words; English travels with the code. */
const loadedLanguages = new Map<Locale, LoadedLanguage>([['en', {}]]);

const asIs: InClientLanguage = (draw) => draw();

/**
 * How to draw words in `locale`, or undefined while its catalogue loads (a moment, and only the first
 * time). Where it cannot load (offline before the service worker cached it), the words come in the
 * desk's language rather than not at all.
 */
export function useClientLanguage(locale: Locale): InClientLanguage | undefined {
  const desk = activeLocale();
  const [, setLoads] = useState(0);
  const [failed, setFailed] = useState<Locale | undefined>(undefined);
  useEffect(() => {
    if (locale === desk || loadedLanguages.has(locale)) return undefined;
    let current = true;
    loadCatalogue(locale).then(
      (language) => {
        loadedLanguages.set(locale, language);
        if (current) setLoads((n) => n + 1);
      },
      () => current && setFailed(locale),
    );
    return () => {
      current = false;
    };
  }, [locale, desk]);
  if (locale === desk || failed === locale) return asIs;
  const loaded = loadedLanguages.get(locale);
  return loaded ? (draw) => withLanguage(locale, loaded, draw) : undefined;
}
