import type { PlanChecksMessages } from '../en/planChecks';

export const planChecks: PlanChecksMessages = {
  fields: {
    planDate: 'la date du plan',
    therapistName: 'le nom du thérapeute',
    practiceName: 'le nom du cabinet',
    dos: 'les conseils « À faire »',
    doNote: 'le conseil {dos} « À faire »',
    donts: 'les conseils « À éviter »',
    dontNote: 'le conseil {donts} « À éviter »',
    nextAppointment: 'le prochain rendez-vous',
    everyWeeks: 'le nombre de semaines entre les séances de la série',
    sessions: 'le nombre de séances de la série',
    physicianNote: 'la note « Demandez à votre médecin »',
    clientName: 'le prénom du client',
  },
  notAPlan: 'Ceci n’est pas un plan Aftercare.',
  planDateInvalid: 'La date du plan n’est pas valide.',
  timeZone: 'Le fuseau horaire du plan manque ou n’est pas connu de cet appareil.',
  planDateInFuture: 'La date du plan est dans le futur. Vérifiez la date et l’heure de cet appareil.',
  appointmentBeforeSession: 'Le prochain rendez-vous doit avoir lieu après la séance.',
  appointmentPast: 'Le prochain rendez-vous est déjà passé.',
  appointmentTooFar: 'Le prochain rendez-vous doit avoir lieu dans l’année qui suit le plan.',
};
