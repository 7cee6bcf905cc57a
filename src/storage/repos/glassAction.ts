/**
 * "Log a glass" from a notification, straight against storage (domain/hydration quickDrink.ts says
 * which day and plan it is filed under). Loaded only when used: it needs the day model.
 */
import { glassOfWater, PLAN_LOOKBACK_MS } from '../../domain/hydration';
import type { AftercareDatabase } from '../db';
import type { DrinkRecord } from '../schema';
import { putDrink } from './drinksRepo';
import { sessionsSince } from './sessionsRepo';
import { readSettings } from './settingsRepo';

/** Logs one glass of water at `now`, filed under the plan current then or the day's own log. */
export async function logGlassOfWater(db: AftercareDatabase, now: number, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): Promise<DrinkRecord> {
  const [settings, sessions] = await Promise.all([readSettings(db), sessionsSince(db, now - PLAN_LOOKBACK_MS)]);
  const drink = glassOfWater(sessions, settings, now, crypto.randomUUID(), timeZone);
  await putDrink(db, drink);
  return drink;
}
