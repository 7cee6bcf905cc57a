/** The glass of water a notification's "Log a glass" records, for the page and the service worker alike. */
import type { DrinkRecord, SessionRecord } from '../records/records';

/** A glass of the session's size, logged at `now` under the given new id. */
export function glassOfWater(session: SessionRecord, now: number, id: string): DrinkRecord {
  return { id, sessionId: session.id, at: now, beverage: 'water', volumeMl: session.glassMl };
}
