import { PLAN_LOOKBACK_MS } from '../../domain/hydration';
import { localDateKey } from '../../domain/time';
import type { TodayWindow } from '../../storage/repos/todayRepo';
import { deviceTimeZone } from '../deviceTimeZone';

const DAY_MS = 86_400_000;

/**
 * What is kept in memory at `at`: every session today's water can depend on, and the drinks of the
 * days around today's calendar date, which the waking day is never more than a day from (the exact
 * day is worked out later, in dayState.ts, off the first screen).
 */
export function todayWindow(at: number): TodayWindow {
  const zone = deviceTimeZone();
  return { sessionsSince: at - PLAN_LOOKBACK_MS, fromDay: localDateKey(at - 2 * DAY_MS, zone), toDay: localDateKey(at + DAY_MS, zone) };
}
