/**
 * Shared set-up for the care-plan screens' tests: a fixed clock, a plan as a therapist's link
 * carries it, and an app state with or without that plan accepted.
 */
import { vi } from 'vitest';
import { carePlanLink } from '../../../../src/domain/links/carePlanCodec';
import { EXERCISE_LIBRARY } from '../../../../src/domain/exercises/exerciseLibrary';
import { validateCarePlan, type CarePlan } from '../../../../src/domain/carePlan/carePlan';
import { activeCarePlan, checkInAnswers, exerciseChecks } from '../../../../src/state/carePlan/carePlanState';
import { now } from '../../../../src/state/hydration/hydrationSignals';
import { store } from '../../../../src/state/data/storeState';
import { openAftercareDB, type AftercareDatabase } from '../../../../src/storage/db';
import { idbStore } from '../../../../src/storage/idbStore';
import { resetAppState } from '../testState';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Tuesday 12 May 2026, 10:00 in London (BST): the clock every test here starts at. */
export const NOW = Date.parse('2026-05-12T09:00:00Z');
export const ZONE = 'Europe/London';

const byId = (id: string) => {
  const exercise = EXERCISE_LIBRARY.find((e) => e.id === id);
  if (!exercise) throw new Error(`No library exercise ${id}`);
  return exercise;
};

/** Chin tuck (2 × 10 reps, 3 rounds), neck side bend (2 × 30 s hold, 2 rounds), and a 3-day custom one. */
export function planInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    v: 1,
    issuedAt: NOW - 30 * 60_000,
    timeZone: ZONE,
    therapist: { name: 'Maria Gonzalez, LMT', practice: 'Riverside Massage Therapy' },
    session: { kind: 'deep-tissue', pressure: 'firm', usualGlassesPerDay: 4, endedAt: NOW - HOUR },
    exercises: [
      byId('chin-tuck'),
      byId('neck-side-bend'),
      { id: 'custom-1', name: 'Shoulder rolls', steps: ['Roll both shoulders back slowly.'], cautions: [], sets: 1, reps: 10, timesPerDay: 1, durationDays: 3 },
    ],
    dos: ['Drink water through the rest of the day.'],
    donts: ['No heavy lifting for 48 hours.'],
    nextAppointment: NOW + 14 * DAY,
    ...overrides,
  };
}

export function makePlan(overrides: Record<string, unknown> = {}): CarePlan {
  const result = validateCarePlan(planInput(overrides), NOW);
  if (!result.ok) throw new Error(result.errors.join(' '));
  return result.plan;
}

export const linkOf = (plan: CarePlan) => carePlanLink(location.origin, plan);

/** Puts a link's path and fragment in the address bar, as opening it would. */
export function openInAddressBar(link: string): void {
  const url = new URL(link);
  history.replaceState(null, '', `${url.pathname}${url.hash}`);
}

/** Fake Date only: the screens' own timers and testing-library's polling keep running for real. */
export function fixClock(at = NOW): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  now.value = at;
}

export function resetCarePlanState(): void {
  fixClock();
  resetAppState();
  activeCarePlan.value = undefined;
  exerciseChecks.value = [];
  checkInAnswers.value = [];
}

let dbCount = 0;

/** A real (fake-indexeddb) database behind the app's store, so tests can count what was saved. */
export async function useIndexedDb(): Promise<AftercareDatabase> {
  const db = await openAftercareDB(undefined, `care-plan-test-${dbCount++}`);
  store.value = idbStore(db);
  return db;
}

/** The plan as accepted `acceptedAt`, shown on the screens without going through the import. */
export function acceptedPlan(plan = makePlan(), acceptedAt = NOW): CarePlan {
  activeCarePlan.value = { id: plan.id, acceptedAt, plan };
  return plan;
}
