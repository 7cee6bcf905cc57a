/** The glass of water a notification's "Log a glass" records, for the page and the service worker alike. */
import type { DrinkRecord } from '../records/records';
import type { Settings } from '../settings/settings';
import { placeDrink, type DaySession } from './hydrationDay';

/**
 * A glass logged at `now` under the given new id, filed like any drink (hydrationDay.ts): under the
 * current plan, of that plan's glass size, or else in the day's own log, of the size in Settings.
 */
export function glassOfWater(sessions: readonly DaySession[], settings: Settings, now: number, id: string, timeZone: string): DrinkRecord {
  const place = placeDrink(now, sessions, settings, timeZone);
  const glassMl = sessions.find((s) => s.id === place.sessionId)?.glassMl ?? settings.glassMl;
  return { id, ...place, at: now, beverage: 'water', volumeMl: glassMl };
}
