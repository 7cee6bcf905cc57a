/**
 * The therapist's plan as a valibot schema: each field on its own, then what fields say about each
 * other (the session against the plan's date, the next appointment against the session and today),
 * then the clean plan with its content-derived id.
 */
import * as v from 'valibot';
import { isKnownTimeZone, isRecord } from '../checks/jsonGuards';
import { checked, instant, optionalField, optionalText, recordOf, text, textList, wholeNumber } from '../checks/schemaParts';
import { planChecksText, type PlanChecksMessages } from '../i18n/en/planChecks';
import { exerciseList } from '../exercises/exerciseSchema';
import { physicianNoteFor } from '../session/physicianNote';
import { CARE_PLAN_LIMITS, SESSION_LIMITS } from '../limits/limits';
import { sessionEndProblem, sessionFields } from '../session/sessionSchema';
import type { CarePlan } from './carePlan';
import { carePlanId } from './carePlanId';

export interface CarePlanSchemaOptions {
  /** Epoch ms: a plan can't be dated later, nor (unless allowPastAppointment) its appointment earlier. */
  now: number;
  /** A plan already saved may be looked at after its appointment; a new one may not arrive that way. */
  allowPastAppointment: boolean;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const L = CARE_PLAN_LIMITS;

/** A field's name, read from the catalogue when a message is written (so in the language on screen then). */
const named = (field: keyof PlanChecksMessages['fields']) => () => planChecksText().fields[field];
/** A whole message, read the same way. */
const says = (problem: Exclude<keyof PlanChecksMessages, 'fields'>) => () => planChecksText()[problem];

/** Each field on its own; built once, as nothing in it depends on when the plan is checked. */
const planObject = v.object({
  issuedAt: v.pipe(instant(named('planDate')), v.check((at) => at >= L.earliestIssuedAt, says('planDateInvalid'))),
  timeZone: checked(isKnownTimeZone, says('timeZone')),
  therapist: recordOf({
    name: text(named('therapistName'), L.nameChars),
    practice: optionalText(named('practiceName'), L.nameChars),
  }),
  session: recordOf(sessionFields),
  exercises: exerciseList(L.maxExercises),
  dos: textList(named('dos'), named('doNote'), L.notes),
  donts: textList(named('donts'), named('dontNote'), L.notes),
  nextAppointment: optionalField(instant(named('nextAppointment'))),
  series: optionalField(recordOf({
    everyWeeks: wholeNumber(named('everyWeeks'), L.series.everyWeeks),
    sessions: wholeNumber(named('sessions'), L.series.sessions),
  })),
  physicianNote: optionalText(named('physicianNote'), L.physicianNoteChars),
  clientName: optionalText(named('clientName'), L.clientNameChars),
});

type Fields = v.InferOutput<typeof planObject>;

const ISSUED = [['issuedAt']] as const;
const SESSION_END = [['issuedAt'], ['session', 'endedAt']] as const;
const AFTER_SESSION = [['nextAppointment'], ['session', 'endedAt']] as const;
const APPOINTMENT = [['nextAppointment']] as const;
const WITHIN_A_YEAR = [['nextAppointment'], ['issuedAt']] as const;

/** The session is checked against when the plan was made, not today: a plan stays valid for weeks. */
const sessionEnd = (plan: { issuedAt: number; session: { endedAt: number } }) => sessionEndProblem(plan.session.endedAt, plan.issuedAt);

/** The clean plan: only known fields, optional ones only when present, the id from the content. */
function toCarePlan(fields: Fields): CarePlan {
  const { issuedAt, timeZone, therapist, session, exercises, dos, donts, nextAppointment, series, clientName } = fields;
  const physicianNote = physicianNoteFor(session.kind, fields.physicianNote);
  const content: Omit<CarePlan, 'id'> = {
    v: 1, issuedAt, timeZone,
    therapist: therapist.practice === undefined ? { name: therapist.name } : { name: therapist.name, practice: therapist.practice },
    session, exercises, dos, donts,
    ...(nextAppointment === undefined ? {} : { nextAppointment }),
    ...(series === undefined ? {} : { series }),
    ...(physicianNote === undefined ? {} : { physicianNote }),
    ...(clientName === undefined ? {} : { clientName }),
  };
  return { ...content, id: carePlanId(content) };
}

/** A version 1 plan, or one message and nothing else: the rest would be noise. */
const version1 = checked((value): value is Record<string, unknown> => isRecord(value) && value.v === 1, says('notAPlan'));

/** The schema every plan passes, from the form, a link or storage. */
export function carePlanSchema(options: CarePlanSchemaOptions) {
  const { now, allowPastAppointment } = options;
  // Each cross-check runs only once the fields it reads are valid, and blames the later field.
  return v.pipe(
    version1,
    planObject,
    v.forward(v.partialCheck(ISSUED, ({ issuedAt }) => issuedAt <= now + SESSION_LIMITS.clockSkewMin * MINUTE_MS,
      says('planDateInFuture')), ['issuedAt']),
    v.forward(v.partialCheck(SESSION_END, (plan) => sessionEnd(plan) === undefined, (issue) => sessionEnd(issue.input as Fields) ?? ''),
      ['session', 'endedAt']),
    v.forward(v.partialCheck(AFTER_SESSION, ({ nextAppointment, session }) => nextAppointment === undefined || nextAppointment > session.endedAt,
      says('appointmentBeforeSession')), ['nextAppointment']),
    v.forward(v.partialCheck(APPOINTMENT, ({ nextAppointment }) => allowPastAppointment || nextAppointment === undefined || nextAppointment > now,
      says('appointmentPast')), ['nextAppointment']),
    v.forward(v.partialCheck(WITHIN_A_YEAR, ({ nextAppointment, issuedAt }) =>
      nextAppointment === undefined || nextAppointment <= issuedAt + L.appointmentMaxDaysAhead * DAY_MS,
    says('appointmentTooFar')), ['nextAppointment']),
    v.transform(toCarePlan),
  );
}
