import { computed, signal } from '@preact/signals-core';
import type { ExerciseCheck } from '../../domain/exercises';
import { localDateKey } from '../../domain/time';
import type { CarePlanRecord, CheckInRecord } from '../../storage/schema';
import { now } from '../hydration/hydrationSignals';

/** The therapist's plan the client accepted most recently, with its check-offs and check-ins. */
export const activeCarePlan = signal<CarePlanRecord | undefined>(undefined);
export const exerciseChecks = signal<ExerciseCheck[]>([]);
export const checkInAnswers = signal<CheckInRecord[]>([]);

/** Today's date in the plan's zone: the day the exercise list and check-offs belong to. */
export const planToday = computed(() => {
  const record = activeCarePlan.value;
  // The function behind localDay's isoDateOf, imported directly to keep the time-zone library out of the first screen.
  return record ? localDateKey(now.value, record.plan.timeZone) : undefined;
});
