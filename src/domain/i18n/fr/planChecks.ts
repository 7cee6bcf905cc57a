import type { PlanChecksMessages } from '../en/planChecks';

export const planChecks: PlanChecksMessages = {
  fields: {
    planDate: 'Date du plan',
    therapistName: 'Nom du thérapeute',
    practiceName: 'Nom du cabinet',
    dos: 'Conseils « À faire »',
    doNote: 'Conseil {dos} « À faire »',
    donts: 'Conseils « À éviter »',
    dontNote: 'Conseil {donts} « À éviter »',
    nextAppointment: 'Prochain rendez-vous',
    everyWeeks: 'Semaines entre les séances de la série',
    sessions: 'Nombre de séances de la série',
    physicianNote: 'Note « Demandez à votre médecin »',
    clientName: 'Prénom du client',
  },
  notAPlan: 'Ceci n’est pas un plan Aftercare.',
  planDateInvalid: 'La date du plan n’est pas valide.',
  timeZone: 'Le fuseau horaire du plan manque ou n’est pas connu de cet appareil.',
  planDateInFuture: 'La date du plan est dans le futur. Vérifiez la date et l’heure de cet appareil.',
  appointmentBeforeSession: 'Le prochain rendez-vous doit avoir lieu après la séance.',
  appointmentPast: 'Le prochain rendez-vous est déjà passé.',
  appointmentTooFar: 'Le prochain rendez-vous doit avoir lieu dans l’année qui suit le plan.',
};
