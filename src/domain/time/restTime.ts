/**
 * Rest: the night (bedtime to wake time) and quiet hours, in real time, as the waking day reads them
 * (wakingDay.ts). Nothing reminds during rest; what falls due then waits until it ends.
 */
import type { Settings } from '../settings/settings';
import { quietIntervals } from './allowedTime';
import { parseIsoDate } from './localDay';
import { wakingDay, wakingDayOf } from './wakingDay';

/** A day has one night and a few quiet periods; more steps than this means malformed settings. */
const MAX_STEPS = 8;

/** When `at` falls in rest, the instant that rest ends; undefined when `at` is waking time. */
export function restEndsAt(at: number, settings: Settings, timeZone: string): number | undefined {
  let moment = at;
  for (let step = 0; step < MAX_STEPS; step++) {
    const day = wakingDay(wakingDayOf(moment, settings, timeZone), settings, timeZone);
    const next = moment < day.wake ? day.wake
      : moment >= day.bedtime ? wakingDay(wakingDayOf(day.ends, settings, timeZone), settings, timeZone).wake
        : quietIntervals(parseIsoDate(day.day)!, settings, timeZone).find((q) => moment >= q.start && moment < q.end)?.end;
    if (next === undefined) return moment === at ? undefined : moment;
    moment = next;
  }
  return moment;
}

/** `at`, or the end of the rest it falls in. */
export function outOfRest(at: number, settings: Settings, timeZone: string): number {
  return restEndsAt(at, settings, timeZone) ?? at;
}
