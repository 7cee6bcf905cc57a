import { countedGlasses, countsTowardGoal } from '../../domain/hydration';
import type { SessionRecord } from '../../storage/schema';
import { store } from '../data/storeState';

export interface HydrationHistoryEntry {
  session: SessionRecord;
  /** Glasses that counted toward the session's goal. */
  counted: number;
  /** Drinks logged that don't count (sugary, alcohol, coffee). */
  others: number;
}

/** Every saved session, newest first, with what was drunk against it: History and Progress both read this. */
export async function loadHydrationHistory(): Promise<HydrationHistoryEntry[]> {
  const sessions = await store.value.listSessions();
  return Promise.all(
    sessions.map(async (session) => {
      const drinks = await store.value.drinksForSession(session.id);
      return {
        session,
        counted: countedGlasses(drinks, session.glassMl),
        others: drinks.filter((d) => !countsTowardGoal(d.beverage)).length,
      };
    }),
  );
}
