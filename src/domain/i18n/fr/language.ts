import type { LanguageMessages } from '../en/language';

export const language: LanguageMessages = {
  heading: 'Langue',
  label: 'Langue de l’application',
  asOnPhone: (name) => `Comme sur ce téléphone (${name})`,
  hint: 'Change tous les écrans d’un coup. Les notes de votre thérapeute restent telles qu’il ou elle les a écrites.',
  failed: 'Cette langue n’a pas pu se charger. Connectez-vous une fois à Internet, puis réessayez.',
};
