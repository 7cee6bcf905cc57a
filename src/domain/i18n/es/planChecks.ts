import type { PlanChecksMessages } from '../en/planChecks';

export const planChecks: PlanChecksMessages = {
  fields: {
    planDate: 'la fecha del plan',
    therapistName: 'el nombre del terapeuta',
    practiceName: 'el nombre del centro',
    dos: 'las notas de «Qué hacer»',
    doNote: 'la nota {dos} de «Qué hacer»',
    donts: 'las notas de «Qué evitar»',
    dontNote: 'la nota {donts} de «Qué evitar»',
    nextAppointment: 'la próxima cita',
    everyWeeks: 'las semanas entre las sesiones de la serie',
    sessions: 'el número de sesiones de la serie',
    physicianNote: 'la nota «Consulta a tu médico»',
    clientName: 'el nombre del cliente',
  },
  notAPlan: 'Esto no es un plan de Aftercare.',
  planDateInvalid: 'La fecha del plan no es válida.',
  timeZone: 'Falta la zona horaria del plan o este dispositivo no la reconoce.',
  planDateInFuture: 'La fecha del plan está en el futuro. Revisa la fecha y la hora de este dispositivo.',
  appointmentBeforeSession: 'La próxima cita debe ser posterior a la sesión.',
  appointmentPast: 'La próxima cita ya pasó.',
  appointmentTooFar: 'La próxima cita debe ser, como mucho, un año después de la fecha del plan.',
};
