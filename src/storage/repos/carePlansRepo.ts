import type { AftercareDatabase } from '../db';
import type { CarePlanRecord, CheckInRecord } from '../schema';
import type { ExerciseCheck } from '../../domain/exercises';
import { withAppointmentChange, type AppointmentChange } from '../../domain/carePlan';

/** The most recently accepted therapist's plan. */
export async function latestCarePlan(db: AftercareDatabase): Promise<CarePlanRecord | undefined> {
  const cursor = await db.transaction('carePlans').store.index('by-acceptedAt').openCursor(null, 'prev');
  return cursor?.value;
}

/** One stored care plan by id. */
export async function getCarePlan(db: AftercareDatabase, id: string): Promise<CarePlanRecord | undefined> {
  return db.get('carePlans', id);
}

/** Records a moved or cancelled appointment on the care plan, in one read-modify-write transaction. */
export async function changeAppointment(db: AftercareDatabase, carePlanId: string, change: AppointmentChange): Promise<void> {
  const tx = db.transaction('carePlans', 'readwrite');
  const record = await tx.store.get(carePlanId);
  if (record) await tx.store.put({ ...record, appointmentChanges: withAppointmentChange(record.appointmentChanges, change) });
  await tx.done;
}

/** All of a care plan's exercise check-offs. */
export async function checksForCarePlan(db: AftercareDatabase, carePlanId: string): Promise<ExerciseCheck[]> {
  return db.getAllFromIndex('exerciseChecks', 'by-care-plan-date', IDBKeyRange.bound([carePlanId, ''], [carePlanId, '\uffff']));
}

/** Stores a check-off, replacing the one for the same exercise, day and round. */
export async function putExerciseCheck(db: AftercareDatabase, check: ExerciseCheck): Promise<void> {
  await db.put('exerciseChecks', check);
}

/** All of a care plan's check-in answers. */
export async function checkInsForCarePlan(db: AftercareDatabase, carePlanId: string): Promise<CheckInRecord[]> {
  return db.getAllFromIndex('checkIns', 'by-care-plan', carePlanId);
}

/** Stores a check-in answer. */
export async function putCheckIn(db: AftercareDatabase, answer: CheckInRecord): Promise<void> {
  await db.put('checkIns', answer);
}
