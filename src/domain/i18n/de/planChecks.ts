import type { PlanChecksMessages } from '../en/planChecks';

// Field names as a form labels them, since checks.ts puts them before a colon.
export const planChecks: PlanChecksMessages = {
  fields: {
    planDate: 'Datum des Plans',
    therapistName: 'Name der Therapeutin oder des Therapeuten',
    practiceName: 'Name der Praxis',
    dos: 'Hinweise unter „Empfohlen“',
    doNote: 'Hinweis {dos} unter „Empfohlen“',
    donts: 'Hinweise unter „Bitte vermeiden“',
    dontNote: 'Hinweis {donts} unter „Bitte vermeiden“',
    nextAppointment: 'Nächster Termin',
    everyWeeks: 'Wochen zwischen den Sitzungen der Serie',
    sessions: 'Anzahl der Sitzungen der Serie',
    physicianNote: 'Hinweis „Fragen Sie Ihre Ärztin oder Ihren Arzt“',
    clientName: 'Vorname der Kundin oder des Kunden',
  },
  notAPlan: 'Dies ist kein Aftercare-Plan.',
  planDateInvalid: 'Das Datum des Plans ist ungültig.',
  timeZone: 'Die Zeitzone des Plans fehlt oder ist diesem Gerät nicht bekannt.',
  planDateInFuture: 'Das Datum des Plans liegt in der Zukunft. Bitte prüfen Sie Datum und Uhrzeit dieses Geräts.',
  appointmentBeforeSession: 'Der nächste Termin muss nach der Sitzung liegen.',
  appointmentPast: 'Der nächste Termin liegt in der Vergangenheit.',
  appointmentTooFar: 'Der nächste Termin muss innerhalb eines Jahres nach dem Plan liegen.',
};
