import type { BeverageId } from '../hydration/beverages';
import type { CarePlan } from '../carePlan/carePlan';
import type { AppointmentChange } from '../carePlan/series';
import type { CheckInAnswer } from '../checkIns/checkIns';
import type { HydrationPlan, SessionInput } from '../hydration/hydrationPlan';
import type { IsoDate } from '../time/localDay';

/** A completed session and the plan computed for it; the plan is frozen when the session is saved. */
export interface SessionRecord {
  id: string;
  createdAt: number;
  session: SessionInput;
  plan: HydrationPlan;
  /** Glass size when the plan was made, so later settings changes don't rewrite history. */
  glassMl: number;
  /** Set when the plan came from a therapist's link (v4): the wording then says so. */
  carePlanId?: string;
}

/**
 * A logged drink, filed under a waking day (v4) and, when one was current, the session whose plan
 * it counted toward (domain/hydration/hydrationDay.ts).
 */
export interface DrinkRecord {
  id: string;
  day: IsoDate;
  sessionId?: string;
  at: number;
  beverage: BeverageId;
  volumeMl: number;
}

/** A therapist's plan the client accepted. */
export interface CarePlanRecord {
  id: string;
  acceptedAt: number;
  plan: CarePlan;
  /** Appointments of the series the client said were moved or cancelled (no index needed: v4 reads it as is). */
  appointmentChanges?: AppointmentChange[];
}

/** A check-in answer, filed under its plan. */
export type CheckInRecord = CheckInAnswer & { carePlanId: string };
