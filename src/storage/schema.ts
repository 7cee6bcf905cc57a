import type { DBSchema } from 'idb';
import type { BeverageId, HydrationPlan, SessionInput, Settings } from '../domain';

/** Bump on every schema change and add a step to the ladder in db.ts plus a fixture in tests/fixtures. */
export const DB_NAME = 'aftercare';
export const DB_VERSION = 1;

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
  planId: string;
  at: number;
  beverage: BeverageId;
  volumeMl: number;
}

export const SETTINGS_KEY = 'app';

export interface AftercareDB extends DBSchema {
  settings: { key: string; value: Settings };
  sessions: { key: string; value: SessionRecord; indexes: { 'by-createdAt': number } };
  drinks: { key: string; value: DrinkRecord; indexes: { 'by-plan-at': [string, number] } };
}
