/**
 * The compact form of a plan that goes into a share link: positional arrays instead of named
 * fields, and library exercises as their id plus only what the therapist changed. Every character
 * saved here is a smaller QR code.
 *
 * Layout of version 1 (slots may be appended; changing a slot's meaning needs version 2):
 *   [issuedAt, timeZone, [therapist, practice?], [kind, pressure, usualGlasses, endedAt],
 *    exercises, dos, donts, nextAppointment?, [everyWeeks, sessions]?, physicianNote?, clientName?]
 * (clientName was appended later; links without it are still version 1 and still open).
 * An exercise is its library id alone, or [id, changes] with changes keyed by one letter; an
 * exercise written from scratch has every field in its changes. Trailing empty slots are dropped.
 *
 * Region, sides and a borrowed figure ('b', 'l', 'f') came later. For them an absent value means
 * "as the library says", not a change: plans saved before they existed have none, and must keep
 * the ids they were saved under. So an old link decodes to the same plan with the same id, and a
 * library exercise's link grows by nothing.
 *
 * Reading it back is carePlanExpand.ts, kept apart so code that only writes (the plan id, on the
 * Today screen) loads nothing of the link-reading side.
 */
import type { CarePlan } from './carePlan';
import type { Locale } from '../i18n/locales';
import { findLibraryExercise, type Exercise } from '../exercises/exerciseLibrary';
import { isImpliedPhysicianNote } from '../session/physicianNote';

type CompactExercise = string | [string, Record<string, unknown>];

/** The one-letter keys of an exercise's changes in the compact form. */
export const FIELD_KEYS = {
  name: 'n', steps: 's', cautions: 'c', sets: 'x', timesPerDay: 't', durationDays: 'd',
} as const satisfies Partial<Record<keyof Exercise, string>>;
/** Reps and hold replace each other, so they travel together: 'r' or 'h', never a mix with the library's. */
export const REPS = 'r';
export const HOLD = 'h';
/** Carried only when given and different from the library's: absence means the library's value. */
export const LIBRARY_KEYS = { region: 'b', sides: 'l', figure: 'f' } as const satisfies Partial<Record<keyof Exercise, string>>;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compactExercise(exercise: Exercise): CompactExercise {
  const base = findLibraryExercise(exercise.id);
  const changes: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(FIELD_KEYS) as [keyof typeof FIELD_KEYS, string][]) {
    if (!base || !sameValue(base[field], exercise[field])) changes[key] = exercise[field];
  }
  if (!base || base.reps !== exercise.reps || base.holdSeconds !== exercise.holdSeconds) {
    if (exercise.reps !== undefined) changes[REPS] = exercise.reps;
    else changes[HOLD] = exercise.holdSeconds;
  }
  for (const [field, key] of Object.entries(LIBRARY_KEYS) as [keyof typeof LIBRARY_KEYS, string][]) {
    if (exercise[field] !== undefined && exercise[field] !== base?.[field]) changes[key] = exercise[field];
  }
  return Object.keys(changes).length === 0 ? exercise.id : [exercise.id, changes];
}

/**
 * The compact form of a plan (its id left out: the id is derived from this very form), with the
 * client's language in the session slot when one is given.
 */
export function toCompactPlan(plan: Omit<CarePlan, 'id'>, language?: Locale): unknown[] {
  const { therapist, session, series } = plan;
  // The default note comes back on its own for a kind that needs one; no need to carry it.
  const impliedNote = isImpliedPhysicianNote(session.kind, plan.physicianNote);
  const slots: unknown[] = [
    plan.issuedAt,
    plan.timeZone,
    therapist.practice === undefined ? [therapist.name] : [therapist.name, therapist.practice],
    [session.kind, session.pressure, session.usualGlassesPerDay, session.endedAt, ...(language === undefined ? [] : [language])],
    plan.exercises.map(compactExercise),
    plan.dos,
    plan.donts,
    plan.nextAppointment ?? null,
    series ? [series.everyWeeks, series.sessions] : null,
    impliedNote ? null : plan.physicianNote ?? null,
    plan.clientName ?? null,
  ];
  while (slots.length > 0 && slots[slots.length - 1] === null) slots.pop();
  return slots;
}
