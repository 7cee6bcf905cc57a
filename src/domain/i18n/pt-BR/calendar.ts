import type { CalendarMessages } from '../en/calendar';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');

export const calendar: CalendarMessages = {
  addToCalendar: 'Adicionar ao meu calendário',
  nothingLeft: 'Não há mais nada para adicionar: todos os lembretes do seu plano já foram feitos ou passaram.',
  failed: 'Não foi possível criar o arquivo de calendário. Tente de novo.',
  eventsSaved: (n) => plural(n, { one: '# evento salvo', other: '# eventos salvos' }),
  savedIn: (fileName) => `em “${fileName}”.`,
  howToOpen: 'Para adicioná-los, abra o arquivo: toque nele nos downloads do navegador (ou no app Arquivos) e escolha seu calendário. Cada evento tem um alarme.',
  googleAlarmNote: 'O Google Agenda ignora os lembretes de arquivos de calendário importados; adicione uma notificação lá mesmo ou use os lembretes deste app.',
  file: {
    water: (glass, goal) => `Beba um copo de água (${glass} de ${goal})`,
    exercise: (name) => `Exercício: ${name}`,
    appointment: (therapist) => `Consulta com ${therapist}`,
    dayBefore: (title) => `Amanhã: ${title}`,
  },
};
