import type { LanguageMessages } from '../en/language';

export const language: LanguageMessages = {
  heading: 'Sprache',
  label: 'Sprache der App',
  asOnPhone: (name) => `Wie auf diesem Telefon (${name})`,
  hint: 'Ändert alle Seiten sofort. Notizen Ihrer Therapeutin oder Ihres Therapeuten bleiben, wie sie geschrieben wurden.',
  failed: 'Diese Sprache konnte nicht geladen werden. Verbinden Sie sich einmal mit dem Internet und versuchen Sie es erneut.',
};
