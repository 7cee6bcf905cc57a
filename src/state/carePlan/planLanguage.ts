/**
 * A plan link may carry the client's language, chosen by the therapist. Opening it switches the app
 * to that language before the preview shows, so the preview, the plan and its exercises read in it;
 * the choice is kept (as if made in Settings, where the client can change it).
 */
import type { Locale } from '../../domain/i18n';
import { language } from '../language/language';
import { chooseLanguage } from '../language/languageSwitch';

/**
 * Switches to `locale` unless the app already speaks it (then nothing is stored, so an app that
 * follows the phone goes on following it). Never rejects: a catalogue that cannot load (offline
 * before it was cached) leaves the app in the language it has, and the plan opens all the same.
 */
export async function showPlanInLanguage(locale: Locale | undefined): Promise<void> {
  if (locale === undefined || locale === language.value) return;
  await chooseLanguage(locale).catch(() => undefined);
}
