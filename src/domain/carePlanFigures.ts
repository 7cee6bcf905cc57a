/**
 * How long a share link gets, for `npm run bench` and the tests that hold it under MAX_LINK_LENGTH.
 * The sample plans are "full" the way real ones are: therapist and practice, typical do and don't
 * notes, a next appointment, a series, and library exercises with a few of them adjusted.
 */
import { validateCarePlan, type CarePlan } from './carePlan';
import { carePlanLink } from './carePlanCodec';
import { EXERCISE_LIBRARY, type Exercise } from './exerciseLibrary';

/** An origin longer than most real ones (a custom domain would be shorter), so figures err high. */
export const SAMPLE_ORIGIN = 'https://aftercare-app.example.com';

const SAMPLE_NOW = Date.UTC(2026, 4, 12, 16, 0);
const HOUR_MS = 3_600_000;

export const SAMPLE_DOS = [
  'Drink water through the rest of the day.',
  'Use a warm shower or a heat pack on tight spots.',
  'Keep moving gently: a short walk helps.',
  'Tell me if the soreness gets worse instead of better.',
];

export const SAMPLE_DONTS = [
  'No heavy lifting or hard workouts for 48 hours.',
  'Avoid hot tubs and saunas today.',
  "Don't stretch into sharp pain.",
];

/** Every third exercise adjusted, as a therapist would for this client. */
function sampleExercises(count: number): Exercise[] {
  return Array.from({ length: count }, (_, index) => {
    const base = EXERCISE_LIBRARY[index % EXERCISE_LIBRARY.length]!;
    const exercise = { ...base, id: index < EXERCISE_LIBRARY.length ? base.id : `custom-${index}` };
    return index % 3 === 2 ? { ...exercise, sets: 3, durationDays: 28 } : exercise;
  });
}

export function samplePlan(exerciseCount: number, now = SAMPLE_NOW): CarePlan {
  const result = validateCarePlan({
    v: 1,
    issuedAt: now - HOUR_MS,
    timeZone: 'America/New_York',
    therapist: { name: 'Maria Gonzalez, LMT', practice: 'Riverside Massage Therapy' },
    session: { kind: 'deep-tissue', pressure: 'firm', usualGlassesPerDay: 4, endedAt: now - 2 * HOUR_MS },
    exercises: sampleExercises(exerciseCount),
    dos: SAMPLE_DOS,
    donts: SAMPLE_DONTS,
    nextAppointment: now + 14 * 24 * HOUR_MS,
    series: { everyWeeks: 2, sessions: 6 },
  }, now);
  if (!result.ok) throw new Error(`The sample plan is invalid: ${result.errors.join(' ')}`);
  return result.plan;
}

export function linkLengthFigures(): { exercises: number; length: number }[] {
  return [1, 6, 12].map((exercises) => ({ exercises, length: carePlanLink(SAMPLE_ORIGIN, samplePlan(exercises)).length }));
}
