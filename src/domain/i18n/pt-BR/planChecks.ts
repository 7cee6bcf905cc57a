import type { PlanChecksMessages } from '../en/planChecks';

export const planChecks: PlanChecksMessages = {
  fields: {
    planDate: 'Data do plano',
    therapistName: 'Nome do terapeuta',
    practiceName: 'Nome do consultório',
    dos: 'Orientações de “O que fazer”',
    doNote: 'Orientação {dos} de “O que fazer”',
    donts: 'Orientações de “O que evitar”',
    dontNote: 'Orientação {donts} de “O que evitar”',
    nextAppointment: 'Próxima consulta',
    everyWeeks: 'Semanas entre as sessões da série',
    sessions: 'Número de sessões da série',
    physicianNote: 'Observação “Consulte seu médico”',
    clientName: 'Primeiro nome do cliente',
  },
  notAPlan: 'Isto não é um plano do Aftercare.',
  planDateInvalid: 'A data do plano não é válida.',
  timeZone: 'O fuso horário do plano está faltando ou não é reconhecido por este aparelho.',
  planDateInFuture: 'A data do plano está no futuro. Confira a data e a hora deste aparelho.',
  appointmentBeforeSession: 'A próxima consulta precisa ser depois da sessão.',
  appointmentPast: 'A próxima consulta já passou.',
  appointmentTooFar: 'A próxima consulta precisa ser em até um ano a partir da data do plano.',
};
