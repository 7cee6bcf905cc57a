import type { PlanChecksMessages } from '../en/planChecks';

// Field names in the accusative, as the sentences in checks.ts need them.
export const planChecks: PlanChecksMessages = {
  fields: {
    planDate: 'das Datum des Plans',
    therapistName: 'den Namen der Therapeutin oder des Therapeuten',
    practiceName: 'den Namen der Praxis',
    dos: 'die Hinweise unter „Empfohlen“',
    doNote: 'den Hinweis {dos} unter „Empfohlen“',
    donts: 'die Hinweise unter „Bitte vermeiden“',
    dontNote: 'den Hinweis {donts} unter „Bitte vermeiden“',
    nextAppointment: 'den nächsten Termin',
    everyWeeks: 'den Abstand in Wochen zwischen den Sitzungen der Serie',
    sessions: 'die Anzahl der Sitzungen der Serie',
    physicianNote: 'den Hinweis „Fragen Sie Ihre Ärztin oder Ihren Arzt“',
    clientName: 'den Vornamen der Kundin oder des Kunden',
  },
  notAPlan: 'Dies ist kein Aftercare-Plan.',
  planDateInvalid: 'Das Datum des Plans ist ungültig.',
  timeZone: 'Die Zeitzone des Plans fehlt oder ist diesem Gerät nicht bekannt.',
  planDateInFuture: 'Das Datum des Plans liegt in der Zukunft. Bitte prüfen Sie Datum und Uhrzeit dieses Geräts.',
  appointmentBeforeSession: 'Der nächste Termin muss nach der Sitzung liegen.',
  appointmentPast: 'Der nächste Termin liegt in der Vergangenheit.',
  appointmentTooFar: 'Der nächste Termin muss innerhalb eines Jahres nach dem Plan liegen.',
};
