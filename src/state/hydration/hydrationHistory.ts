import { waterDays, type DayWater } from '../../domain/hydration';
import type { SessionRecord } from '../../storage/schema';
import { store } from '../data/storeState';
import { settings } from './hydrationSignals';

export type HydrationHistoryEntry = DayWater<SessionRecord>;

/**
 * Every day with a plan or a drink, newest first, each once with its own drinks: History and
 * Progress both read this. Days without a session are measured against today's everyday amount.
 */
export async function loadHydrationHistory(): Promise<HydrationHistoryEntry[]> {
  const [sessions, drinks] = await Promise.all([store.value.listSessions(), store.value.allDrinks()]);
  return waterDays(sessions, drinks, { glasses: settings.value.goodDailyGlasses, glassMl: settings.value.glassMl });
}
