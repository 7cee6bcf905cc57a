/**
 * "Log a glass" from a notification, or a glass from the page's store: filed like any drink (the
 * current plan's day and plan, or the day's own log; domain/hydration/hydrationDay.ts), one glass
 * of the current plan's size or else of the size in Settings.
 */
import { placeDrink, type DaySession } from '../../domain/hydration/hydrationDay';
import { PLAN_LOOKBACK_MS } from '../../domain/hydration/planWindow';
import type { Settings } from '../../domain/settings/settings';
import type { AftercareDatabase } from '../db';
import type { DrinkRecord } from '../schema';
import { putDrink } from './drinksRepo';
import { sessionsSince } from './sessionsRepo';
import { readSettings } from './settingsRepo';

export function glassOfWater(sessions: readonly (DaySession & { id: string })[], settings: Settings, now: number, timeZone: string): DrinkRecord {
  const place = placeDrink(now, sessions, settings, timeZone);
  const glassMl = sessions.find((s) => s.id === place.sessionId)?.glassMl ?? settings.glassMl;
  return { id: crypto.randomUUID(), ...place, at: now, beverage: 'water', volumeMl: glassMl };
}

export async function logGlassOfWater(db: AftercareDatabase, now: number, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): Promise<DrinkRecord> {
  const [settings, sessions] = await Promise.all([readSettings(db), sessionsSince(db, now - PLAN_LOOKBACK_MS)]);
  const drink = glassOfWater(sessions, settings, now, timeZone);
  await putDrink(db, drink);
  return drink;
}
