import type { AppointmentsMessages } from '../en/appointments';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');

export const appointments: AppointmentsMessages = {
  next: 'Prochain rendez-vous :',
  today: (time) => `aujourd’hui à ${time}`,
  tomorrow: (time) => `demain à ${time}`,
  inDays: (days) => plural(days, { one: 'dans # jour', other: 'dans # jours' }),
  passed: 'déjà passé',
  upcoming: ({ when, date, number, count, moved }) =>
    `${when} (${date})${count > 1 ? `, séance ${number} sur ${count}` : ''}${moved ? ', déplacé' : ''}`,
  seriesComplete: (sessions) => plural(sessions, { one: 'Votre série de # séance est terminée.', other: 'Votre série de # séances est terminée.' }),
  at: (date, time) => `${date} à ${time}`,
  atInSeries: (date, time, everyWeeks, sessions) =>
    `${date} à ${time} — ${plural(everyWeeks, { one: 'chaque semaine', other: 'toutes les # semaines' })}, ${plural(sessions, { one: '# séance prévue', other: '# séances prévues' })}`,
  change: {
    summary: 'Rendez-vous déplacé ou annulé ?',
    newTime: 'Nouvelle date et heure',
    saveTime: 'Enregistrer le nouvel horaire',
    cancelled: 'Il a été annulé',
    notedCancelled: 'C’est noté : ce rendez-vous a été annulé.',
    notedMoved: 'C’est noté : le rendez-vous a son nouvel horaire.',
    notSaved: 'Cela n’a pas été enregistré. Veuillez réessayer.',
  },
};
