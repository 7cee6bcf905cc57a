import type { AftercareDatabase } from '../db';
import type { CarePlanRecord, CheckInRecord } from '../schema';
import type { ExerciseCheck } from '../../domain/exercises';

/** The most recently accepted therapist's plan. */
export async function latestCarePlan(db: AftercareDatabase): Promise<CarePlanRecord | undefined> {
  const cursor = await db.transaction('carePlans').store.index('by-acceptedAt').openCursor(null, 'prev');
  return cursor?.value;
}

export async function getCarePlan(db: AftercareDatabase, id: string): Promise<CarePlanRecord | undefined> {
  return db.get('carePlans', id);
}

export async function putCarePlan(db: AftercareDatabase, record: CarePlanRecord): Promise<void> {
  await db.put('carePlans', record);
}

export async function checksForPlan(db: AftercareDatabase, planId: string): Promise<ExerciseCheck[]> {
  return db.getAllFromIndex('exerciseChecks', 'by-plan-date', IDBKeyRange.bound([planId, ''], [planId, '\uffff']));
}

export async function putExerciseCheck(db: AftercareDatabase, check: ExerciseCheck): Promise<void> {
  await db.put('exerciseChecks', check);
}

export async function checkInsForPlan(db: AftercareDatabase, planId: string): Promise<CheckInRecord[]> {
  return db.getAllFromIndex('checkIns', 'by-plan', planId);
}

export async function putCheckIn(db: AftercareDatabase, answer: CheckInRecord): Promise<void> {
  await db.put('checkIns', answer);
}
