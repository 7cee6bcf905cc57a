import { useState } from 'preact/hooks';
import { LOCALES, LOCALE_NAMES, type Locale, languageText } from '../../domain/i18n';
import { chooseLanguage, languageChoice, phoneLocale } from '../../state/language/languageSwitch';

/**
 * The app's language, applied at once: every screen re-renders in place, so the settings form above
 * keeps whatever was typed and not yet saved.
 */
export function LanguageSection() {
  const t = languageText();
  const [failed, setFailed] = useState(false);
  async function choose(choice: Locale | 'phone') {
    setFailed(false);
    await chooseLanguage(choice).catch(() => setFailed(true));
  }
  return (
    <section class="card" aria-labelledby="language-title">
      <h2 id="language-title">{t.heading}</h2>
      <div class="field">
        <label for="setting-language" class="field__label">{t.label}</label>
        <p class="muted" id="hint-language">{t.hint}</p>
        <select id="setting-language" aria-describedby="hint-language" value={languageChoice.value}
          onChange={(e) => void choose(e.currentTarget.value as Locale | 'phone')}>
          <option value="phone">{t.asOnPhone(LOCALE_NAMES[phoneLocale()])}</option>
          {LOCALES.map((locale) => <option key={locale} value={locale} lang={locale}>{LOCALE_NAMES[locale]}</option>)}
        </select>
        {failed && <p role="alert" class="error">{t.failed}</p>}
      </div>
    </section>
  );
}
