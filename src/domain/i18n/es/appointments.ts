import type { AppointmentsMessages } from '../en/appointments';
import { pluralIn } from '../plural';

const plural = pluralIn('es');

export const appointments: AppointmentsMessages = {
  next: 'Próxima cita:',
  today: (time) => `hoy a las ${time}`,
  tomorrow: (time) => `mañana a las ${time}`,
  inDays: (days) => plural(days, { one: 'en # día', other: 'en # días' }),
  passed: 'ya pasó',
  upcoming: ({ when, date, number, count, moved }) =>
    `${when} (${date})${count > 1 ? `, sesión ${number} de ${count}` : ''}${moved ? ', con nueva fecha' : ''}`,
  seriesComplete: (sessions) => plural(sessions, { one: 'Tu serie de # sesión ha terminado.', other: 'Tu serie de # sesiones ha terminado.' }),
  at: (date, time) => `${date} a las ${time}`,
  atInSeries: (date, time, everyWeeks, sessions) =>
    `${date} a las ${time} — ${plural(everyWeeks, { one: 'cada semana', other: 'cada # semanas' })}, ${plural(sessions, { one: '# sesión prevista', other: '# sesiones previstas' })}`,
  change: {
    summary: '¿Se cambió o se canceló la cita?',
    newTime: 'Nueva fecha y hora',
    saveTime: 'Guardar la nueva hora',
    cancelled: 'Se canceló',
    notedCancelled: 'Anotado: esa cita se canceló.',
    notedMoved: 'Anotado: la cita tiene su nueva hora.',
    notSaved: 'No se guardó. Inténtalo de nuevo.',
  },
};
