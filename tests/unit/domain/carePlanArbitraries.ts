/**
 * fast-check generators for care plans. Raw inputs are generated inside the limits (with awkward
 * text: markup, controls, bidi overrides, lone surrogates, emoji) and passed through
 * validateCarePlan, so every plan produced is one the app could really hold.
 */
import fc from 'fast-check';
import { EXERCISE_LIBRARY, type Exercise } from '../../../src/domain/exercises/exerciseLibrary';
import { MASSAGE_KINDS, PRESSURES } from '../../../src/domain/session/sessionKinds';
import { validateCarePlan, type CarePlan } from '../../../src/domain/carePlan/carePlan';

const DAY = 86_400_000;
const MINUTE = 60_000;
export const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham'];

const AWKWARD_UNITS = ['<', '>', '&', '"', "'", '<script>', '\u0000', '\n', '\t', '\u202e', '\u2066', '\ud800', '\udfff', '😀', '\u00a0', '  ', 'é', 'ß'];

/** Mostly readable text, with awkward characters mixed in; at most `maxLength` UTF-16 units. */
export function text(maxLength: number): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 6 },
    { arbitrary: fc.constantFrom(...AWKWARD_UNITS), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
  );
  return fc.string({ unit, minLength: 1, maxLength }).map((value) => `A${value}`.slice(0, maxLength));
}

const lines = (maxItems: number, maxLength: number) => fc.array(text(maxLength), { maxLength: maxItems });

const dose = fc.oneof(
  fc.record({ reps: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ holdSeconds: fc.integer({ min: 5, max: 600 }) }),
);

const numbers = fc.record({
  sets: fc.integer({ min: 1, max: 10 }),
  timesPerDay: fc.integer({ min: 1, max: 6 }),
  durationDays: fc.integer({ min: 1, max: 180 }),
});

const customExercise = fc.record({
  name: text(30),
  steps: fc.array(text(40), { minLength: 1, maxLength: 4 }),
  cautions: lines(2, 40),
  numbers,
  dose,
}).map(({ numbers: n, dose: d, ...rest }) => ({ ...rest, ...n, ...d }));

/** A library exercise, sometimes with the therapist's changes. */
const libraryExercise = (base: Exercise) => fc.record({
  name: fc.option(text(30), { nil: undefined }),
  numbers: fc.option(numbers, { nil: undefined }),
  dose: fc.option(dose, { nil: undefined }),
}).map(({ name, numbers: n, dose: d }) => {
  const { reps, holdSeconds, ...rest } = base;
  return { ...rest, ...(d ?? (reps === undefined ? { holdSeconds } : { reps })), ...(name ? { name } : {}), ...n };
});

export const exercisesArb: fc.Arbitrary<Exercise[]> = fc.tuple(
  fc.uniqueArray(fc.integer({ min: 0, max: EXERCISE_LIBRARY.length - 1 }), { maxLength: 13 })
    .chain((picks) => fc.tuple(...picks.map((pick) => libraryExercise(EXERCISE_LIBRARY[pick]!)))),
  fc.array(customExercise, { maxLength: 3 }),
).map(([library, custom]) => [...library, ...custom.map((exercise, index) => ({ ...exercise, id: `custom-${index + 1}` }))]
  .slice(0, 20) as Exercise[]);

/** A raw plan input and the `now` it is opened at; the appointment, when there is one, lies ahead. */
export const planInputArb = fc.record({
  issuedAt: fc.integer({ min: Date.UTC(2024, 0, 2), max: Date.UTC(2030, 0, 1) }),
  openedAfter: fc.integer({ min: 0, max: 30 * DAY }),
  endedBefore: fc.integer({ min: 0, max: 7 * DAY - MINUTE }),
  appointmentAfterOpening: fc.option(fc.integer({ min: MINUTE, max: 300 * DAY }), { nil: undefined }),
  timeZone: fc.constantFrom(...ZONES),
  therapist: fc.record({ name: text(40), practice: fc.option(text(40), { nil: undefined }) }),
  kind: fc.constantFrom(...MASSAGE_KINDS.map((kind) => kind.id)),
  pressure: fc.constantFrom(...PRESSURES.map((pressure) => pressure.id)),
  usualGlassesPerDay: fc.integer({ min: 1, max: 30 }),
  exercises: exercisesArb,
  dos: lines(4, 60),
  donts: lines(4, 60),
  series: fc.option(fc.record({ everyWeeks: fc.integer({ min: 1, max: 12 }), sessions: fc.integer({ min: 1, max: 52 }) }), { nil: undefined }),
  physicianNote: fc.option(text(100), { nil: undefined }),
}).map((input) => {
  const now = input.issuedAt + input.openedAfter;
  const nextAppointment = input.appointmentAfterOpening === undefined ? undefined : now + input.appointmentAfterOpening;
  return {
    now,
    input: {
      v: 1,
      issuedAt: input.issuedAt,
      timeZone: input.timeZone,
      therapist: input.therapist,
      session: { kind: input.kind, pressure: input.pressure, usualGlassesPerDay: input.usualGlassesPerDay, endedAt: input.issuedAt - input.endedBefore },
      exercises: input.exercises,
      dos: input.dos,
      donts: input.donts,
      nextAppointment: nextAppointment !== undefined && nextAppointment <= input.issuedAt + 366 * DAY ? nextAppointment : undefined,
      series: input.series,
      physicianNote: input.physicianNote,
    },
  };
});

/** Valid plans and the `now` they are opened at. */
export const carePlanArb: fc.Arbitrary<{ plan: CarePlan; now: number }> = planInputArb
  .map(({ input, now }) => ({ result: validateCarePlan(input, now), now }))
  .filter((candidate) => candidate.result.ok)
  .map(({ result, now }) => ({ plan: (result as { ok: true; plan: CarePlan }).plan, now }));
