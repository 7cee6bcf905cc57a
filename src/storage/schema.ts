import type { DBSchema } from 'idb';
import type { Settings } from '../domain/settings';
import type { DrinkRecord, SessionRecord } from '../domain/records';

/** Bump on every schema change and add a step to the ladder in db.ts plus a fixture in tests/fixtures. */
export const DB_NAME = 'aftercare';
export const DB_VERSION = 1;

export type { DrinkRecord, SessionRecord } from '../domain/records';

export const SETTINGS_KEY = 'app';

export interface AftercareDB extends DBSchema {
  settings: { key: string; value: Settings };
  sessions: { key: string; value: SessionRecord; indexes: { 'by-createdAt': number } };
  drinks: { key: string; value: DrinkRecord; indexes: { 'by-plan-at': [string, number] } };
}
