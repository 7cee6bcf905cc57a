import { signal } from '@preact/signals-core';
import type { ExerciseCheck } from '../../domain/exercises';
import type { CarePlanRecord, CheckInRecord } from '../../storage/schema';

/** The therapist's plan the client accepted most recently, with its check-offs and check-ins. */
export const activeCarePlan = signal<CarePlanRecord | undefined>(undefined);
export const exerciseChecks = signal<ExerciseCheck[]>([]);
export const checkInAnswers = signal<CheckInRecord[]>([]);

// What the plan means today (its day, check-ins, appointments) is in carePlanDay.ts, off the first screen.
