import type { LanguageMessages } from '../en/language';

export const language: LanguageMessages = {
  heading: 'Idioma',
  label: 'Idioma do aplicativo',
  asOnPhone: (name) => `Como neste celular (${name})`,
  hint: 'Muda todas as telas de uma vez. As anotações do seu terapeuta ficam como foram escritas.',
  failed: 'Não foi possível carregar esse idioma. Conecte-se à internet uma vez e tente de novo.',
};
