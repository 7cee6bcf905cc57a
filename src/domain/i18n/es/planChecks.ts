import type { PlanChecksMessages } from '../en/planChecks';

export const planChecks: PlanChecksMessages = {
  fields: {
    planDate: 'Fecha del plan',
    therapistName: 'Nombre del terapeuta',
    practiceName: 'Nombre del centro',
    dos: 'Notas de «Qué hacer»',
    doNote: 'Nota {dos} de «Qué hacer»',
    donts: 'Notas de «Qué evitar»',
    dontNote: 'Nota {donts} de «Qué evitar»',
    nextAppointment: 'Próxima cita',
    everyWeeks: 'Semanas entre las sesiones de la serie',
    sessions: 'Número de sesiones de la serie',
    physicianNote: 'Nota «Consulta a tu médico»',
    clientName: 'Nombre del cliente',
  },
  notAPlan: 'Esto no es un plan de Aftercare.',
  planDateInvalid: 'La fecha del plan no es válida.',
  timeZone: 'Falta la zona horaria del plan o este dispositivo no la reconoce.',
  planDateInFuture: 'La fecha del plan está en el futuro. Revisa la fecha y la hora de este dispositivo.',
  appointmentBeforeSession: 'La próxima cita debe ser posterior a la sesión.',
  appointmentPast: 'La próxima cita ya pasó.',
  appointmentTooFar: 'La próxima cita debe ser, como mucho, un año después de la fecha del plan.',
};
