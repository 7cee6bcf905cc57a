/**
 * When each water reminder fires; the policy is described in hydrationPlan.ts.
 *
 * Any waking day is valid, however short (issue 10: only equal wake and bed times are refused), so
 * the day may hold fewer reminders than glasses, or none. What today can't hold carries to the next
 * waking day only (the "next morning"); what that day can't hold either gets no reminder. Nothing
 * ever throws for lack of room, and nothing is ever placed outside the allowed time.
 *
 * Spacing: by default the day's reminders are spread evenly over the time left. A client who
 * chose a spacing (`reminderSpacingMin`: every 30, 45, 60 or 90 minutes) gets them that far apart
 * from the first one, unless that would run past the day's end: then they are spread evenly, as
 * by default, so they still fit within the plan. Spacing never changes how many reminders fit
 * today (that is set by the minimum spacing), so what carries to the next morning is the same.
 */
import { allowedIntervals, capacity, allowedLength, instantAt, type Interval } from '../time/allowedTime';
import type { HydrationPlan } from './hydrationPlan';
import { DEFAULT_RULES, type HydrationRules, type Settings } from './rules';
import { parseIsoDate } from '../time/localDay';
import { wakeAndBedtime } from '../time/wakingDay';
import { addDays, localDateOf, type LocalDate } from '../time/wallClock';

const MINUTE_MS = 60_000;

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

/** What re-spacing needs of a plan: a session's hydration plan, or a day's own reminders. */
export type RespaceablePlan = Pick<HydrationPlan, 'day' | 'timeZone' | 'startsAt' | 'reminders'>;

/** The chosen spacing in ms, never below the rules' minimum; undefined for "spread evenly". */
function chosenSpacing(settings: Settings, rules: HydrationRules): number | undefined {
  const chosen = settings.reminderSpacingMin;
  return chosen === undefined ? undefined : Math.max(chosen, rules.minSpacingMin) * MINUTE_MS;
}

/**
 * `count` instants over the allowed time from its start: `spacingMs` apart when they fit that way,
 * otherwise spread evenly over the whole of it, first and last at its edges.
 */
function spreadEvenly(pieces: readonly Interval[], count: number, spacingMs?: number): number[] {
  const length = allowedLength(pieces);
  if (count === 1) return [instantAt(pieces, 0)];
  if (spacingMs !== undefined && spacingMs * (count - 1) <= length) {
    return Array.from({ length: count }, (_, i) => instantAt(pieces, i * spacingMs));
  }
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

/**
 * Today's part of the schedule: as many of `count` reminders as fit at least the minimum spacing
 * apart in the allowed time from `startsAt` + the first delay to the end of the day, spread evenly
 * (or at the chosen spacing). Possibly none. Session plans and a day's own reminders share it.
 */
export function scheduleWithinDay(request: ScheduleRequest): number[] {
  const { count, startsAt, planDay, settings, rules, timeZone } = request;
  const today = allowedIntervals(planDay, startsAt + rules.firstReminderDelayMin * MINUTE_MS, settings, rules, timeZone);
  const fits = Math.min(count, capacity(today, rules.minSpacingMin * MINUTE_MS));
  return fits > 0 ? spreadEvenly(today, fits, chosenSpacing(settings, rules)) : [];
}

/** The instant of each water reminder inside the allowed waking time (see hydrationPlan.ts for the policy). */
export function scheduleReminders(request: ScheduleRequest): ReminderSlot[] {
  const { count, planDay, settings, rules, timeZone } = request;
  const slots: ReminderSlot[] = scheduleWithinDay(request).map((at) => ({ at, nextMorning: false }));
  if (slots.length === count) return slots;
  const minSpacing = rules.minSpacingMin * MINUTE_MS;
  const day = addDays(planDay, 1);
  const morning = wakeAndBedtime(day, settings, timeZone).wake + rules.firstReminderDelayMin * MINUTE_MS;
  // Keep min spacing across the night too: a short night plus a spring-forward could break it.
  const previous = slots[slots.length - 1]?.at;
  const from = previous === undefined ? morning : Math.max(morning, previous + minSpacing);
  const pieces = allowedIntervals(day, from, settings, rules, timeZone);
  for (const at of spreadFromMorning(pieces, count - slots.length, rules)) slots.push({ at, nextMorning: true });
  return slots;
}

/**
 * The plan after the client changed the spacing: reminders of the plan's own day still to come
 * follow the new spacing, from the later of `now` and one spacing after the last reminder already
 * past, within the day. Past reminders (shown or missed) and carried ones keep their times and
 * every reminder keeps its id. If the day can no longer hold them (quiet hours or bedtime changed
 * since the plan was made), the plan is returned as it was. A day's own reminders asked for on a day
 * without a session (everydayReminders.ts) are re-spaced the same way.
 */
export function respaceReminders<P extends RespaceablePlan>(plan: P, settings: Settings, now: number, rules: HydrationRules = DEFAULT_RULES): P {
  const todays = plan.reminders.filter((r) => !r.nextMorning);
  const past = todays.filter((r) => r.at <= now);
  const coming = todays.filter((r) => r.at > now);
  if (coming.length === 0) return plan;
  const minSpacing = rules.minSpacingMin * MINUTE_MS;
  const spacing = chosenSpacing(settings, rules);
  const last = past[past.length - 1]?.at;
  const from = Math.max(now, last === undefined ? plan.startsAt + rules.firstReminderDelayMin * MINUTE_MS : last + (spacing ?? minSpacing));
  // The plan's own waking day (plans made before days were recorded: the start's date).
  const day = parseIsoDate(plan.day) ?? localDateOf(plan.startsAt, plan.timeZone);
  const pieces = allowedIntervals(day, from, settings, rules, plan.timeZone);
  if (capacity(pieces, minSpacing) < coming.length) return plan;
  const times = spreadEvenly(pieces, coming.length, spacing);
  const moved = new Map(coming.map((r, i) => [r.id, times[i]!]));
  return { ...plan, reminders: plan.reminders.map((r) => (moved.has(r.id) ? { ...r, at: moved.get(r.id)! } : r)) };
}
