/**
 * The compact form of a plan that goes into a share link: positional arrays instead of named
 * fields, and library exercises as their id plus only what the therapist changed. Every character
 * saved here is a smaller QR code.
 *
 * Layout of version 1 (slots may be appended; changing a slot's meaning needs version 2):
 *   [issuedAt, timeZone, [therapist, practice?], [kind, pressure, usualGlasses, endedAt],
 *    exercises, dos, donts, nextAppointment?, [everyWeeks, sessions]?, physicianNote?]
 * An exercise is its library id alone, or [id, changes] with changes keyed by one letter; an
 * exercise written from scratch has every field in its changes. Trailing empty slots are dropped.
 *
 * Region, sides and a borrowed figure ('b', 'l', 'f') came later. For them an absent value means
 * "as the library says", not a change: plans saved before they existed have none, and must keep
 * the ids they were saved under. So an old link decodes to the same plan with the same id, and a
 * library exercise's link grows by nothing.
 */
import type { CarePlan } from './carePlan';
import { findLibraryExercise, type Exercise } from '../exercises/exerciseLibrary';
import { isRecord } from '../checks/fieldChecks';
import { isImpliedPhysicianNote } from '../session/physicianNote';

type CompactExercise = string | [string, Record<string, unknown>];

const FIELD_KEYS = {
  name: 'n', steps: 's', cautions: 'c', sets: 'x', timesPerDay: 't', durationDays: 'd',
} as const satisfies Partial<Record<keyof Exercise, string>>;
/** Reps and hold replace each other, so they travel together: 'r' or 'h', never a mix with the library's. */
const REPS = 'r';
const HOLD = 'h';
/** Carried only when given and different from the library's: absence means the library's value. */
const LIBRARY_KEYS = { region: 'b', sides: 'l', figure: 'f' } as const satisfies Partial<Record<keyof Exercise, string>>;

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

/** The positional array form a plan travels in inside a link (library exercises by id only). */
export function toCompactPlan(plan: Omit<CarePlan, 'id'>): unknown[] {
  const { therapist, session, series } = plan;
  // The default note comes back on its own for a kind that needs one; no need to carry it.
  const impliedNote = isImpliedPhysicianNote(session.kind, plan.physicianNote);
  const slots: unknown[] = [
    plan.issuedAt,
    plan.timeZone,
    therapist.practice === undefined ? [therapist.name] : [therapist.name, therapist.practice],
    [session.kind, session.pressure, session.usualGlassesPerDay, session.endedAt],
    plan.exercises.map(compactExercise),
    plan.dos,
    plan.donts,
    plan.nextAppointment ?? null,
    series ? [series.everyWeeks, series.sessions] : null,
    impliedNote ? null : plan.physicianNote ?? null,
  ];
  while (slots.length > 0 && slots[slots.length - 1] === null) slots.pop();
  return slots;
}

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
  const [issuedAt, timeZone, therapist, session, exercises, dos, donts, nextAppointment, series, physicianNote] = data;
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
  };
}
