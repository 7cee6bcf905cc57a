/** Hand-made plan inputs for example tests: one ordinary plan and ways to vary it. */
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { validateCarePlan, type CarePlan } from '../../../src/domain/carePlan/carePlan';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Tuesday 12 May 2026, 12:00 in New York. */
export const NOW = Date.parse('2026-05-12T16:00:00Z');

export function planInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    v: 1,
    issuedAt: NOW - HOUR,
    timeZone: 'America/New_York',
    therapist: { name: 'Maria Gonzalez, LMT', practice: 'Riverside Massage Therapy' },
    session: { kind: 'deep-tissue', pressure: 'firm', usualGlassesPerDay: 4, endedAt: NOW - 2 * HOUR },
    exercises: EXERCISE_LIBRARY.slice(0, 3),
    dos: ['Drink water through the rest of the day.'],
    donts: ['No heavy lifting for 48 hours.'],
    nextAppointment: NOW + 14 * DAY,
    series: { everyWeeks: 2, sessions: 6 },
    ...overrides,
  };
}

export function validPlan(overrides: Record<string, unknown> = {}, now = NOW): CarePlan {
  const result = validateCarePlan(planInput(overrides), now);
  if (!result.ok) throw new Error(result.errors.join(' '));
  return result.plan;
}

/** Words that don't repeat, so deflate can't squeeze them: the worst case for link length. */
export function uncompressibleText(seed: number, length: number): string {
  let state = seed * 7919 + 1;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += `${state.toString(36)} `;
  }
  return text.slice(0, length).trim();
}

export function customExercise(index: number, stepChars: number, steps = 12) {
  return {
    id: `custom-${index}`,
    name: `Own exercise ${index}`,
    steps: Array.from({ length: steps }, (_, step) => uncompressibleText(index * 100 + step, stepChars)),
    cautions: [],
    sets: 2,
    reps: 10,
    timesPerDay: 1,
    durationDays: 14,
  };
}
