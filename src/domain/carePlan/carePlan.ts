/**
 * The therapist's plan for the time after a session, and the one gate every plan passes through,
 * whether it comes from the therapist's form, a share link or storage: `validateCarePlan`.
 * The app relays this plan to the client; nothing in it is the app's own medical advice.
 */
import * as v from 'valibot';
import type { Exercise } from '../exercises/exerciseLibrary';
import { messagesOf } from '../checks/schemaParts';
import type { SessionInput } from '../hydration/hydrationPlan';
import { carePlanSchema } from './carePlanSchema';

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
  /** The client's first name, if the therapist gave it: it travels only in the link's fragment. */
  clientName?: string;
}

export interface ValidateCarePlanOptions {
  /** A plan already saved may be looked at after its appointment; a new one may not arrive that way. */
  allowPastAppointment?: boolean;
}

export type CarePlanResult = { ok: true; plan: CarePlan } | { ok: false; errors: string[] };

/** A tampered link can produce hundreds of messages; the first few say enough. */
const MAX_ERRORS = 10;

/**
 * The one gate for plans: the clean plan with its content-derived id, or up to ten problems in
 * plain words, in the language on screen. `now` (epoch ms) is when the plan arrives; a stored plan
 * passes its acceptance time.
 */
export function validateCarePlan(input: unknown, now: number, options: ValidateCarePlanOptions = {}): CarePlanResult {
  const schema = carePlanSchema({ now, allowPastAppointment: options.allowPastAppointment === true });
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, plan: result.output } : { ok: false, errors: messagesOf(result.issues).slice(0, MAX_ERRORS) };
}
