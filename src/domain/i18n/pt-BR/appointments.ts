import type { AppointmentsMessages } from '../en/appointments';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');

export const appointments: AppointmentsMessages = {
  next: 'Próxima consulta:',
  today: (time) => `hoje às ${time}`,
  tomorrow: (time) => `amanhã às ${time}`,
  inDays: (days) => plural(days, { one: 'em # dia', other: 'em # dias' }),
  passed: 'já passou',
  upcoming: ({ when, date, number, count, moved }) =>
    `${when} (${date})${count > 1 ? `, sessão ${number} de ${count}` : ''}${moved ? ', remarcada' : ''}`,
  seriesComplete: (sessions) => plural(sessions, { one: 'Sua série de # sessão foi concluída.', other: 'Sua série de # sessões foi concluída.' }),
  at: (date, time) => `${date} às ${time}`,
  atInSeries: (date, time, everyWeeks, sessions) =>
    `${date} às ${time} — ${plural(everyWeeks, { one: 'toda semana', other: 'a cada # semanas' })}, ${plural(sessions, { one: '# sessão prevista', other: '# sessões previstas' })}`,
  change: {
    summary: 'A consulta foi remarcada ou cancelada?',
    newTime: 'Nova data e hora',
    saveTime: 'Salvar o novo horário',
    cancelled: 'Foi cancelada',
    notedCancelled: 'Anotado: essa consulta foi cancelada.',
    notedMoved: 'Anotado: a consulta está com o novo horário.',
    notSaved: 'Não foi salvo. Tente de novo.',
  },
};
