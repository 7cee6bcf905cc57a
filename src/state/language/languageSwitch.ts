/**
 * Choosing and loading the language. The first open follows the phone (`navigator.languages`); a
 * choice in Settings is kept in localStorage, which index.html's inline script can read before the
 * first paint (IndexedDB opens too late for that) to keep Home's English markup hidden while another
 * language loads. Switching re-renders every screen in place: nothing reloads, and a half-filled
 * form keeps what was typed.
 */
import { signal } from '@preact/signals-core';
import { type DisplayLocale, isDisplayLocale, loadCatalogue, type Locale, pickLocale, regionalTag, useCatalogue } from '../../domain/i18n';
import { language } from './language';
import { checkReminders } from '../reminders/reminderRuntime';

/** localStorage key of the chosen language; absent means "as on this phone". index.html reads it too. */
export const LANGUAGE_KEY = 'aftercare.language';

/** What the client chose in Settings: a language, or 'phone' to follow the phone's languages. */
export const languageChoice = signal<Locale | 'phone'>('phone');

/** The language chosen in Settings (or the pseudo-locale tests set), if any. */
function storedChoice(): DisplayLocale | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return isDisplayLocale(stored) ? stored : undefined;
  } catch {
    return undefined; // Storage blocked (some private modes): follow the phone.
  }
}

function phoneLanguages(): readonly string[] {
  return globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
}

/** The first of the phone's languages that Aftercare speaks. */
export function phoneLocale(): Locale {
  return pickLocale(phoneLanguages());
}

async function show(locale: DisplayLocale): Promise<void> {
  useCatalogue(locale, await loadCatalogue(locale), regionalTag(locale, phoneLanguages()));
  if (globalThis.document) document.documentElement.lang = locale;
  const switched = language.value !== locale;
  language.value = locale;
  // Reminders are made with their words: re-making them (as a settings change does) puts the page's
  // timers in the new language, and the check then re-syncs the push server with it when push is on.
  if (switched) void checkReminders();
}

/**
 * At start: the chosen language, else the phone's; from then on it follows the phone's language
 * changes unless one was chosen. A catalogue that cannot load (offline before the service worker
 * cached it) leaves the app in English rather than blank.
 */
export async function startLanguage(): Promise<void> {
  const stored = storedChoice();
  languageChoice.value = stored && stored !== 'en-XA' ? stored : 'phone';
  await show(stored ?? phoneLocale()).catch(() => show('en'));
  globalThis.addEventListener?.('languagechange', () => {
    if (languageChoice.value === 'phone') void show(phoneLocale()).catch(() => undefined);
  });
  // A language chosen in another tab of the app applies here too, in place.
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key !== LANGUAGE_KEY && event.key !== null) return;
    const choice = storedChoice();
    languageChoice.value = choice && choice !== 'en-XA' ? choice : 'phone';
    void show(choice ?? phoneLocale()).catch(() => undefined);
  });
}

/**
 * Switches every screen to `choice` now and keeps it for the next open. Rejects (leaving the language
 * as it was) when the catalogue cannot load.
 */
export async function chooseLanguage(choice: Locale | 'phone'): Promise<void> {
  await show(choice === 'phone' ? phoneLocale() : choice);
  languageChoice.value = choice;
  try {
    if (choice === 'phone') localStorage.removeItem(LANGUAGE_KEY);
    else localStorage.setItem(LANGUAGE_KEY, choice);
  } catch {
    // Not kept past this visit, but the switch itself worked.
  }
}
