/** The checks on a session: on the intake form, and inside a therapist's plan. */
import * as v from 'valibot';
import { isWholeNumberIn } from '../checks/jsonGuards';
import { asRecord, checked, fieldErrorsOf, type FieldErrors } from '../checks/schemaParts';
import type { SessionInput } from '../hydration/hydrationPlan';
import { SESSION_LIMITS } from '../limits/limits';
import { isMassageKind, isPressure } from './sessionKinds';
import { sessionText } from '../i18n/en/session';

const MINUTE_MS = 60_000;
const { usualGlassesPerDay } = SESSION_LIMITS;

/** Each field on its own (messages in the active language); when it ended is checked against a moment by `sessionEndProblem`. */
export const sessionFields = {
  kind: checked(isMassageKind, () => sessionText().errors.kind),
  pressure: checked(isPressure, () => sessionText().errors.pressure),
  usualGlassesPerDay: checked(
    (value): value is number => isWholeNumberIn(value, usualGlassesPerDay),
    () => sessionText().errors.usualGlasses(usualGlassesPerDay.min, usualGlassesPerDay.max),
  ),
  endedAt: checked((value): value is number => typeof value === 'number' && Number.isFinite(value), () => sessionText().errors.endedAt),
};

/**
 * What is wrong with a session that ended at `endedAt`, seen from `reference`: now for the intake
 * form, the plan's date for a therapist's plan (which stays valid for weeks). Undefined when fine.
 */
export function sessionEndProblem(endedAt: number, reference: number): string | undefined {
  const t = sessionText().errors;
  if (endedAt > reference + SESSION_LIMITS.clockSkewMin * MINUTE_MS) return t.endInFuture;
  if (endedAt < reference - SESSION_LIMITS.maxAgeDays * 24 * 60 * MINUTE_MS) return t.endTooOld(SESSION_LIMITS.maxAgeDays);
  return undefined;
}

function sessionSchema(now: number) {
  return v.pipe(
    v.unknown(),
    asRecord,
    v.object(sessionFields),
    v.forward(
      v.partialCheck([['endedAt']], (input) => sessionEndProblem(input.endedAt, now) === undefined, (issue) =>
        sessionEndProblem((issue.input as SessionInput).endedAt, now) ?? ''),
      ['endedAt'],
    ),
  );
}

/** The intake form's check: one message per bad field, an empty object when all is well. */
export function validateSession(input: Partial<SessionInput>, now: number): FieldErrors<keyof SessionInput> {
  const result = v.safeParse(sessionSchema(now), input);
  return result.success ? {} : fieldErrorsOf(result.issues);
}
