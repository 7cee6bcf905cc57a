/** The language switch in Settings. */
import { namespace } from '../active';

export const language = {
  heading: 'Language',
  label: 'Language of the app',
  asOnPhone: (name: string) => `As on this phone (${name})`,
  hint: 'Changes every screen at once. Notes your therapist wrote stay as written.',
  failed: 'That language could not load. Connect to the internet once, then try again.',
};
export type LanguageMessages = typeof language;
export const languageText = namespace('language', language);
