/**
 * The therapist's plan for the time after a session, and the one gate every plan passes through,
 * whether it comes from the therapist's form, a share link or storage: `validateCarePlan`.
 * The app relays this plan to the client; nothing in it is the app's own medical advice.
 */
import { LONGEST_PLAN_DAYS } from '../../contract/reminders.js';
import { carePlanId } from './carePlanId';
import type { Exercise } from '../exercises/exerciseLibrary';
import { validateExercises } from '../exercises/exerciseValidation';
import { isAbsent, isKnownTimeZone, isRecord, readInstant, readText, readTextList, readWholeNumber } from '../checks/fieldChecks';
import type { SessionInput } from '../hydration/hydrationPlan';
import { physicianNoteFor } from '../session/physicianNote';
import { SESSION_LIMITS, validateSession } from '../settings/validation';

export { DEFAULT_PHYSICIAN_NOTE } from '../session/physicianNote';

export interface CarePlan {
  v: 1;
  /** Derived from the plan's content, so opening the same link twice gives the same id. */
  id: string;
  /** Epoch ms when the therapist made the plan. */
  issuedAt: number;
  /** IANA zone the plan's days and clock times are read in: where the session took place. */
  timeZone: string;
  therapist: { name: string; practice?: string };
  session: SessionInput;
  exercises: Exercise[];
  dos: string[];
  donts: string[];
  /** Epoch ms. */
  nextAppointment?: number;
  series?: { everyWeeks: number; sessions: number };
  physicianNote?: string;
}

export const CARE_PLAN_LIMITS = {
  nameChars: 80,
  maxExercises: 20,
  notes: { minItems: 0, maxItems: 10, maxChars: 200 },
  physicianNoteChars: 500,
  series: { everyWeeks: { min: 1, max: 12 }, sessions: { min: 1, max: 52 } },
  /** The longest plan the app can make; the push server's horizon is the same number (one contract). */
  appointmentMaxDaysAhead: LONGEST_PLAN_DAYS,
  /** Plans from before the app existed are tampered or broken. */
  earliestIssuedAt: Date.UTC(2024, 0, 1),
} as const;

export interface ValidateCarePlanOptions {
  /** A plan already saved may be looked at after its appointment; a new one may not arrive that way. */
  allowPastAppointment?: boolean;
}

export type CarePlanResult = { ok: true; plan: CarePlan } | { ok: false; errors: string[] };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** A tampered link can produce hundreds of messages; the first few say enough. */
const MAX_ERRORS = 10;

function readIssuedAt(value: unknown, now: number, errors: string[]): number | undefined {
  const issuedAt = readInstant(value, "the plan's date", errors);
  if (issuedAt === undefined) return undefined;
  if (issuedAt < CARE_PLAN_LIMITS.earliestIssuedAt) errors.push("The plan's date is not valid.");
  else if (issuedAt > now + SESSION_LIMITS.clockSkewMin * MINUTE_MS) {
    errors.push("The plan's date is in the future. Check the date and time on this device.");
  } else return issuedAt;
  return undefined;
}

function readSession(value: unknown, issuedAt: number, errors: string[]): SessionInput | undefined {
  const session = isRecord(value) ? value : {};
  // The session is checked against when the plan was made, not today: a plan stays valid for weeks.
  const problems = Object.values(validateSession(session as Partial<SessionInput>, issuedAt));
  errors.push(...problems.filter((problem) => problem !== undefined));
  if (problems.length > 0) return undefined;
  const { kind, pressure, usualGlassesPerDay, endedAt } = session as unknown as SessionInput;
  return { kind, pressure, usualGlassesPerDay, endedAt };
}

function readTimeZone(value: unknown, errors: string[]): string | undefined {
  if (isKnownTimeZone(value)) return value;
  errors.push("The plan's time zone is missing or not one this device knows.");
  return undefined;
}

interface AppointmentContext { endedAt?: number; issuedAt?: number; now: number; allowPast: boolean }

function readAppointment(value: unknown, context: AppointmentContext, errors: string[]): number | undefined {
  if (isAbsent(value)) return undefined;
  const at = readInstant(value, 'the next appointment', errors);
  if (at === undefined) return undefined;
  if (context.endedAt !== undefined && at <= context.endedAt) errors.push('The next appointment must be after the session.');
  else if (!context.allowPast && at <= context.now) errors.push('The next appointment is in the past.');
  else if (context.issuedAt !== undefined && at > context.issuedAt + CARE_PLAN_LIMITS.appointmentMaxDaysAhead * DAY_MS) {
    errors.push('The next appointment must be within a year of the plan.');
  } else return at;
  return undefined;
}

function readSeries(value: unknown, errors: string[]): CarePlan['series'] {
  if (isAbsent(value)) return undefined;
  const series = isRecord(value) ? value : {};
  const { everyWeeks: weeksRange, sessions: sessionsRange } = CARE_PLAN_LIMITS.series;
  const everyWeeks = readWholeNumber(series.everyWeeks, 'the weeks between sessions of the series', weeksRange, errors);
  const sessions = readWholeNumber(series.sessions, 'the number of sessions in the series', sessionsRange, errors);
  return everyWeeks === undefined || sessions === undefined ? undefined : { everyWeeks, sessions };
}

/** Checks a care plan from a form or a link in full; the plan comes back only when every field passes. */
export function validateCarePlan(input: unknown, now: number, options: ValidateCarePlanOptions = {}): CarePlanResult {
  if (!isRecord(input) || input.v !== 1) return { ok: false, errors: ['This is not an Aftercare plan.'] };
  const errors: string[] = [];
  const issuedAt = readIssuedAt(input.issuedAt, now, errors);
  const timeZone = readTimeZone(input.timeZone, errors);
  const therapistInput = isRecord(input.therapist) ? input.therapist : {};
  const name = readText(therapistInput.name, "the therapist's name", CARE_PLAN_LIMITS.nameChars, errors);
  const practice = readText(therapistInput.practice, "the practice's name", CARE_PLAN_LIMITS.nameChars, errors, true);
  const session = issuedAt === undefined ? undefined : readSession(input.session, issuedAt, errors);
  const exercises = validateExercises(input.exercises, CARE_PLAN_LIMITS.maxExercises, errors);
  const dos = readTextList(input.dos, 'the do notes', (n) => `do note ${n}`, CARE_PLAN_LIMITS.notes, errors);
  const donts = readTextList(input.donts, "the don't notes", (n) => `don't note ${n}`, CARE_PLAN_LIMITS.notes, errors);
  const nextAppointment = readAppointment(
    input.nextAppointment,
    { endedAt: session?.endedAt, issuedAt, now, allowPast: options.allowPastAppointment === true },
    errors,
  );
  const series = readSeries(input.series, errors);
  const note = readText(input.physicianNote, 'the physician note', CARE_PLAN_LIMITS.physicianNoteChars, errors, true);
  if (errors.length > 0 || issuedAt === undefined || timeZone === undefined || name === undefined || !session) {
    return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  }
  const physicianNote = physicianNoteFor(session.kind, note);
  const content: Omit<CarePlan, 'id'> = {
    v: 1, issuedAt, timeZone,
    therapist: practice === undefined ? { name } : { name, practice },
    session, exercises, dos, donts,
    ...(nextAppointment === undefined ? {} : { nextAppointment }),
    ...(series === undefined ? {} : { series }),
    ...(physicianNote === undefined ? {} : { physicianNote }),
  };
  return { ok: true, plan: { ...content, id: carePlanId(content) } };
}
