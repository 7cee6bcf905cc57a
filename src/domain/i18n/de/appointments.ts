import type { AppointmentsMessages } from '../en/appointments';
import { pluralIn } from '../plural';

const plural = pluralIn('de');

export const appointments: AppointmentsMessages = {
  next: 'Nächster Termin:',
  today: (time) => `heute um ${time}`,
  tomorrow: (time) => `morgen um ${time}`,
  inDays: (days) => plural(days, { one: 'in # Tag', other: 'in # Tagen' }),
  passed: 'bereits vorbei',
  upcoming: ({ when, date, number, count, moved }) =>
    `${when} (${date})${count > 1 ? `, Sitzung ${number} von ${count}` : ''}${moved ? ', verschoben' : ''}`,
  seriesComplete: (sessions) => plural(sessions, { one: 'Ihre Serie mit # Sitzung ist abgeschlossen.', other: 'Ihre Serie mit # Sitzungen ist abgeschlossen.' }),
  at: (date, time) => `${date} um ${time}`,
  atInSeries: (date, time, everyWeeks, sessions) =>
    `${date} um ${time} – ${plural(everyWeeks, { one: 'jede Woche', other: 'alle # Wochen' })}, ${plural(sessions, { one: '# Sitzung geplant', other: '# Sitzungen geplant' })}`,
  change: {
    summary: 'Termin verschoben oder abgesagt?',
    newTime: 'Neues Datum und neue Uhrzeit',
    saveTime: 'Neue Zeit speichern',
    cancelled: 'Er wurde abgesagt',
    notedCancelled: 'Notiert: Dieser Termin wurde abgesagt.',
    notedMoved: 'Notiert: Der Termin hat seine neue Zeit.',
    notSaved: 'Das wurde nicht gespeichert. Bitte versuchen Sie es erneut.',
  },
};
