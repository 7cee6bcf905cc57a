/** When each water reminder fires; the policy is described in hydrationPlan.ts. */
import { allowedIntervals, capacity, allowedLength, instantAt, type Interval } from '../time/allowedTime';
import type { HydrationRules, Settings } from './rules';
import { wakeAndBedtime } from '../time/wakingDay';
import { addDays, type LocalDate } from '../time/wallClock';

const MINUTE_MS = 60_000;
/** Settings validation guarantees room for several reminders a day; this only stops a runaway loop. */
const MAX_CARRY_DAYS = 7;

export interface ReminderSlot {
  at: number;
  nextMorning: boolean;
}

export interface ScheduleRequest {
  count: number;
  startsAt: number;
  planDay: LocalDate;
  settings: Settings;
  rules: HydrationRules;
  timeZone: string;
}

/** `count` instants spread evenly over the whole allowed time, first and last at its edges. */
function spreadEvenly(pieces: readonly Interval[], count: number): number[] {
  const length = allowedLength(pieces);
  if (count === 1) return [instantAt(pieces, 0)];
  // Integer positions: flooring never brings two neighbours closer than the (whole-ms) min spacing.
  return Array.from({ length: count }, (_, i) => instantAt(pieces, Math.floor((i * length) / (count - 1))));
}

/** Carried glasses: evenly over the day, but at most `morningCarryMaxSpacingMin` apart. */
function spreadFromMorning(pieces: readonly Interval[], remaining: number, rules: HydrationRules): number[] {
  const minSpacing = rules.minSpacingMin * MINUTE_MS;
  const even = remaining > 1 ? Math.floor(allowedLength(pieces) / (remaining - 1)) : minSpacing;
  const spacing = Math.max(minSpacing, Math.min(even, rules.morningCarryMaxSpacingMin * MINUTE_MS));
  const count = Math.min(remaining, capacity(pieces, spacing));
  return Array.from({ length: count }, (_, i) => instantAt(pieces, i * spacing));
}

/** The instant of each water reminder inside the allowed waking time (see hydrationPlan.ts for the policy). */
export function scheduleReminders(request: ScheduleRequest): ReminderSlot[] {
  const { count, startsAt, planDay, settings, rules, timeZone } = request;
  const minSpacing = rules.minSpacingMin * MINUTE_MS;
  const firstDelay = rules.firstReminderDelayMin * MINUTE_MS;
  const today = allowedIntervals(planDay, startsAt + firstDelay, settings, rules, timeZone);
  const slots: ReminderSlot[] = spreadEvenly(today, Math.min(count, capacity(today, minSpacing)))
    .map((at) => ({ at, nextMorning: false }));

  for (let days = 1; slots.length < count; days++) {
    if (days > MAX_CARRY_DAYS) throw new RangeError('Settings leave no room for water reminders.');
    const day = addDays(planDay, days);
    const morning = wakeAndBedtime(day, settings, timeZone).wake + firstDelay;
    // Keep min spacing across the night too: a short night plus a spring-forward could break it.
    const previous = slots[slots.length - 1]?.at;
    const from = previous === undefined ? morning : Math.max(morning, previous + minSpacing);
    const pieces = allowedIntervals(day, from, settings, rules, timeZone);
    for (const at of spreadFromMorning(pieces, count - slots.length, rules)) {
      slots.push({ at, nextMorning: true });
    }
  }
  return slots;
}
