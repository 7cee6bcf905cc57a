import type { Settings } from '../domain';
import type { DrinkRecord, SessionRecord } from './schema';

/**
 * What the app keeps, whatever keeps it: IndexedDB normally, memory when IndexedDB is
 * unavailable (private mode, blocked), so the current visit still works.
 */
export interface AftercareStore {
  readonly kind: 'indexeddb' | 'memory';
  getSettings(): Promise<Settings>;
  putSettings(settings: Settings): Promise<void>;
  /** Newest first. */
  listSessions(): Promise<SessionRecord[]>;
  latestSession(): Promise<SessionRecord | undefined>;
  addSession(record: SessionRecord): Promise<void>;
  /** Oldest first. */
  drinksForPlan(planId: string): Promise<DrinkRecord[]>;
  putDrink(drink: DrinkRecord): Promise<void>;
  deleteDrink(id: string): Promise<void>;
}
