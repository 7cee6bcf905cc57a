/**
 * Reads the compact form of a plan (layout in carePlanCompact.ts) back into a plan-shaped object,
 * still unchecked: validateCarePlan decides what of it is valid.
 */
import { isRecord } from '../checks/jsonGuards';
import { isLocale, type Locale } from '../i18n/locales';
import { findLibraryExercise } from '../exercises/exerciseLibrary';
import { FIELD_KEYS, HOLD, LIBRARY_KEYS, REPS } from './carePlanCompact';

/** Leaves anything malformed in place for validateCarePlan to name; never throws. */
function expandExercise(item: unknown): unknown {
  const [id, changes] = typeof item === 'string' ? [item, {}] : Array.isArray(item) ? [item[0], item[1] ?? {}] : [];
  if (typeof id !== 'string' || !isRecord(changes)) return item;
  const base = findLibraryExercise(id);
  const pick = (key: string, fallback: unknown) => (Object.hasOwn(changes, key) ? changes[key] : fallback);
  const ownDose = Object.hasOwn(changes, REPS) || Object.hasOwn(changes, HOLD);
  return {
    id,
    name: pick(FIELD_KEYS.name, base?.name),
    steps: pick(FIELD_KEYS.steps, base?.steps),
    cautions: pick(FIELD_KEYS.cautions, base?.cautions),
    sets: pick(FIELD_KEYS.sets, base?.sets),
    reps: ownDose ? changes[REPS] : base?.reps,
    holdSeconds: ownDose ? changes[HOLD] : base?.holdSeconds,
    timesPerDay: pick(FIELD_KEYS.timesPerDay, base?.timesPerDay),
    durationDays: pick(FIELD_KEYS.durationDays, base?.durationDays),
    region: pick(LIBRARY_KEYS.region, base?.region),
    sides: pick(LIBRARY_KEYS.sides, base?.sides),
    figure: pick(LIBRARY_KEYS.figure, undefined),
  };
}

const pair = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

/** The plan-shaped object a compact array describes, still unchecked; undefined if it isn't one. */
export function expandCompactPlan(data: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(data)) return undefined;
  const [issuedAt, timeZone, therapist, session, exercises, dos, donts, nextAppointment, series, physicianNote, clientName] = data;
  const who = pair(therapist);
  const what = pair(session);
  const every = pair(series);
  return {
    v: 1,
    issuedAt,
    timeZone,
    therapist: who ? { name: who[0], practice: who[1] } : therapist,
    session: what ? { kind: what[0], pressure: what[1], usualGlassesPerDay: what[2], endedAt: what[3] } : session,
    exercises: Array.isArray(exercises) ? exercises.map(expandExercise) : exercises,
    dos,
    donts,
    nextAppointment,
    series: every ? { everyWeeks: every[0], sessions: every[1] } : series,
    physicianNote,
    clientName,
  };
}

/**
 * The client's language a compact plan carries (the session slot's fifth element), if it names one
 * of ours. Anything else (absent, a code from a newer app, garbage) is no language: the plan still
 * opens, in the language the app already speaks.
 */
export function compactPlanLanguage(data: unknown): Locale | undefined {
  const code = Array.isArray(data) ? pair(data[3])?.[4] : undefined;
  return isLocale(code) ? code : undefined;
}
