import type { LanguageMessages } from '../en/language';

export const language: LanguageMessages = {
  heading: 'Idioma',
  label: 'Idioma de la aplicación',
  asOnPhone: (name) => `Como en este teléfono (${name})`,
  hint: 'Cambia todas las pantallas a la vez. Las notas de tu terapeuta se quedan tal como las escribió.',
  failed: 'No se pudo cargar ese idioma. Conéctate a internet una vez y vuelve a intentarlo.',
};
