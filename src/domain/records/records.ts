import type { BeverageId } from '../hydration/beverages';
import type { CarePlan } from '../carePlan/carePlan';
import type { CheckInAnswer } from '../checkIns/checkIns';
import type { HydrationPlan, SessionInput } from '../hydration/hydrationPlan';

/** A completed session and the plan computed for it; the plan is frozen when the session is saved. */
export interface SessionRecord {
  id: string;
  createdAt: number;
  session: SessionInput;
  plan: HydrationPlan;
  /** Glass size when the plan was made, so later settings changes don't rewrite history. */
  glassMl: number;
}

export interface DrinkRecord {
  id: string;
  sessionId: string;
  at: number;
  beverage: BeverageId;
  volumeMl: number;
}

/** A therapist's plan the client accepted. */
export interface CarePlanRecord {
  id: string;
  acceptedAt: number;
  plan: CarePlan;
}

/** A check-in answer, filed under its plan. */
export type CheckInRecord = CheckInAnswer & { carePlanId: string };
