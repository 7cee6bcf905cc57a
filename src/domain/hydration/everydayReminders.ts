/**
 * Water reminders on a day without a session, only when the client asks for them. Water on such a
 * day is that day's own log against the everyday amount from Settings (hydrationDay.ts), with "no
 * reminders unless the user asks for them" (issue 10).
 *
 * Decision: the ask is for one waking day. Turned on from Today, they run until bedtime; the next
 * day starts without them unless asked again. A standing Settings switch ("remind me on every day
 * without a session") was weighed and not chosen: Aftercare is about the days after a session, and a
 * switch flipped once would nag on every ordinary day long after the client forgot about it. The
 * question is asked where it matters, on the day itself, and costs one tap.
 *
 * - How many: the everyday amount less the whole glasses already counted toward it today, one
 *   reminder per glass, numbered on from those.
 * - When: a session plan's schedule for its own day (reminderSchedule.ts), from the moment they are
 *   asked for (or wake time, if earlier): the first `firstReminderDelayMin` later, then spread over
 *   what is left of the waking day, or at the client's spacing, at least `minSpacingMin` apart, never
 *   in quiet hours, none later than `lastReminderBeforeBedtimeMin` before bedtime. Nothing carries
 *   to the next morning: what does not fit goes without a reminder (possibly every glass), and each
 *   one expires at bedtime.
 * - The times are worked out once and kept, like a session plan's, under ids that name the moment
 *   they were asked for: a reminder never moves by itself or comes twice, and asking again after
 *   turning them off makes fresh ones rather than reusing ids already shown.
 */
import { reminderIds } from '../../contract/reminders.js';
import type { WaterReminder } from './hydrationPlan';
import { wholeGlasses } from './progress';
import { scheduleWithinDay } from './reminderSchedule';
import { DEFAULT_RULES, type HydrationRules, type Settings } from './rules';
import { parseIsoDate, type IsoDate } from '../time/localDay';
import { wakeAndBedtime, wakingDayOf } from '../time/wakingDay';
import { isValidTimeZone } from '../time/wallClock';

/** A day's own water reminders, asked for on a day without a session. */
export interface EverydayReminders {
  /** The waking day they are for, and the only one. */
  day: IsoDate;
  /** IANA time zone the day was read in. */
  timeZone: string;
  /** Epoch ms: when they were asked for (or that day's wake time, if later). */
  startsAt: number;
  /** Epoch ms: bedtime of the day; they stop then. */
  dueBy: number;
  /** The everyday amount from Settings that the glasses are numbered against. */
  goalGlasses: number;
  /** Strictly increasing; glass numbers go on from the glasses already drunk. */
  reminders: WaterReminder[];
}

export interface EverydayRemindersArgs {
  /** When the client asks. */
  now: number;
  settings: Settings;
  timeZone: string;
  /** Glasses already counted toward today's own log (drinks toward no plan). */
  countedGlasses: number;
  rules?: HydrationRules;
}

/** The reminders for the rest of today's everyday amount, asked for at `now`; the policy is above. */
export function planEverydayReminders(args: EverydayRemindersArgs): EverydayReminders {
  const { now, settings, timeZone, countedGlasses, rules = DEFAULT_RULES } = args;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}".`);
  const day = wakingDayOf(now, settings, timeZone);
  const date = parseIsoDate(day)!;
  const { wake, bedtime } = wakeAndBedtime(date, settings, timeZone);
  const startsAt = Math.max(now, wake);
  const drunk = wholeGlasses(countedGlasses);
  const count = Math.max(0, settings.goodDailyGlasses - drunk);
  const times = count > 0 ? scheduleWithinDay({ count, startsAt, planDay: date, settings, rules, timeZone }) : [];
  return {
    day,
    timeZone,
    startsAt,
    dueBy: bedtime,
    goalGlasses: settings.goodDailyGlasses,
    reminders: times.map((at, index) => ({ id: reminderIds.everydayWater(now, index), at, glassNumber: drunk + index + 1, nextMorning: false })),
  };
}
