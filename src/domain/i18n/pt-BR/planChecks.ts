import type { PlanChecksMessages } from '../en/planChecks';

export const planChecks: PlanChecksMessages = {
  fields: {
    planDate: 'a data do plano',
    therapistName: 'o nome do terapeuta',
    practiceName: 'o nome do consultório',
    dos: 'as orientações de “O que fazer”',
    doNote: 'a orientação {dos} de “O que fazer”',
    donts: 'as orientações de “O que evitar”',
    dontNote: 'a orientação {donts} de “O que evitar”',
    nextAppointment: 'a próxima consulta',
    everyWeeks: 'o intervalo em semanas entre as sessões da série',
    sessions: 'o número de sessões da série',
    physicianNote: 'a observação “Consulte seu médico”',
    clientName: 'o primeiro nome do cliente',
  },
  notAPlan: 'Isto não é um plano do Aftercare.',
  planDateInvalid: 'A data do plano não é válida.',
  timeZone: 'O fuso horário do plano está faltando ou não é reconhecido por este aparelho.',
  planDateInFuture: 'A data do plano está no futuro. Confira a data e a hora deste aparelho.',
  appointmentBeforeSession: 'A próxima consulta precisa ser depois da sessão.',
  appointmentPast: 'A próxima consulta já passou.',
  appointmentTooFar: 'A próxima consulta precisa ser em até um ano a partir da data do plano.',
};
