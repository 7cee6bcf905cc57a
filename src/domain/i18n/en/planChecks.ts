/**
 * What the checks of a therapist's plan say (domain/carePlan/carePlanSchema.ts): the names of its
 * fields, shaped for the sentences in checks.ts, and the problems between fields. Read by the
 * therapist's form and by a client whose link is refused.
 */
import { namespace } from '../active';

export const planChecks = {
  /** "{dos}" and "{donts}" stand for a note's place in its list. */
  fields: {
    planDate: "the plan's date",
    therapistName: "the therapist's name",
    practiceName: "the practice's name",
    dos: 'the do notes',
    doNote: 'do note {dos}',
    donts: "the don't notes",
    dontNote: "don't note {donts}",
    nextAppointment: 'the next appointment',
    everyWeeks: 'the weeks between sessions of the series',
    sessions: 'the number of sessions in the series',
    physicianNote: 'the physician note',
    clientName: "the client's first name",
  },
  notAPlan: 'This is not an Aftercare plan.',
  planDateInvalid: "The plan's date is not valid.",
  timeZone: "The plan's time zone is missing or not one this device knows.",
  planDateInFuture: "The plan's date is in the future. Check the date and time on this device.",
  appointmentBeforeSession: 'The next appointment must be after the session.',
  appointmentPast: 'The next appointment is in the past.',
  appointmentTooFar: 'The next appointment must be within a year of the plan.',
};
export type PlanChecksMessages = typeof planChecks;
export const planChecksText = namespace('planChecks', planChecks);
