/**
 * The hydration plan for the rest of a client's day after a session.
 *
 * How much: a client who usually drinks at least `goodDailyGlasses` a day gets the smaller range
 * (2–3 glasses by default), everyone else the larger one (4–5). The progress ring fills to the
 * upper end after deep work (a deep kind such as deep tissue, or firm/deep pressure) and to the
 * lower end otherwise.
 *
 * When the reminders fire:
 * - Every clock time is a local time in the plan's time zone. A clock time the day skips (spring
 *   forward) means the moment the clocks jump; one the day repeats (fall back) means its first
 *   occurrence. Spacing is real elapsed time, so a clock change never squeezes two reminders
 *   closer than the minimum spacing.
 * - A session that ended at night (at or after bedtime, or before wake time) starts the plan at the
 *   next wake time; otherwise the plan starts when the session ended.
 * - The first reminder comes `firstReminderDelayMin` after the start, the last no later than
 *   `lastReminderBeforeBedtimeMin` before bedtime. Quiet periods are cut out, and the reminders are
 *   spread evenly over the time that is left, first and last at its edges. One glass, one reminder:
 *   at the first slot. A reminder may fire the moment a quiet period ends, never inside one, and not
 *   in the minute before one starts.
 * - If that time can't hold every reminder `minSpacingMin` apart, as many as fit are spread evenly
 *   over it and the rest carry to the next morning: from wake + `firstReminderDelayMin`, spread
 *   evenly over that day but never more than `morningCarryMaxSpacingMin` apart (nor less than the
 *   minimum spacing). If not even the first slot fits today, every reminder carries. Carried
 *   reminders are marked `nextMorning`, and the plan is then due by the last of them instead of
 *   by bedtime. Nothing ever fires between bedtime and wake time.
 */
import { reminderIds } from '../contract/reminders.js';
import { hydrationTarget, type PlanReason } from './hydrationTarget';
import { scheduleReminders } from './reminderSchedule';
import { DEFAULT_RULES, type GlassRange, type HydrationRules, type Settings } from './rules';
import type { MassageKind, Pressure } from './sessionKinds';
import { addDays, isLaterDate, isValidTimeZone, localDateOf, localInstant, requireClockTime } from './wallClock';

export interface SessionInput {
  kind: MassageKind;
  pressure: Pressure;
  usualGlassesPerDay: number;
  /** Epoch ms. */
  endedAt: number;
}

export interface WaterReminder {
  /** Stable across re-plans of the same plan: `${planId}:water:${index}`, index from 0. */
  id: string;
  at: number;
  /** 1-based. */
  glassNumber: number;
  nextMorning: boolean;
}

export interface HydrationPlan {
  /** Glasses, e.g. 4–5. */
  range: GlassRange;
  /** What the progress ring fills to. */
  goalGlasses: number;
  reasons: PlanReason[];
  physicianApproval: boolean;
  /** IANA time zone every clock time in the plan is read in. */
  timeZone: string;
  /** Epoch ms: the session end, or the next wake time if the session ended at night. */
  startsAt: number;
  /** Epoch ms: bedtime of the plan's day, or the last reminder when glasses carried over. */
  dueBy: number;
  /** dueBy falls on a later local date than startsAt. */
  dueNextDay: boolean;
  /** One per goal glass, strictly increasing in time. */
  reminders: WaterReminder[];
}

export interface PlanHydrationArgs {
  planId: string;
  session: SessionInput;
  settings: Settings;
  timeZone: string;
  rules?: HydrationRules;
}

/** Where the plan's day starts: the session end, or the next wake time after a night session. */
function planStart(endedAt: number, settings: Settings, timeZone: string) {
  const sessionDay = localDateOf(endedAt, timeZone);
  const wake = requireClockTime(settings.wakeTime);
  const bedtime = localInstant(sessionDay, requireClockTime(settings.bedtime), timeZone);
  if (endedAt >= bedtime) {
    const nextDay = addDays(sessionDay, 1);
    return { planDay: nextDay, startsAt: localInstant(nextDay, wake, timeZone) };
  }
  const wakeToday = localInstant(sessionDay, wake, timeZone);
  return { planDay: sessionDay, startsAt: Math.max(endedAt, wakeToday) };
}

export function planHydration(args: PlanHydrationArgs): HydrationPlan {
  const { planId, session, settings, timeZone, rules = DEFAULT_RULES } = args;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}".`);
  const target = hydrationTarget({ ...session, goodDailyGlasses: settings.goodDailyGlasses }, rules);
  const { planDay, startsAt } = planStart(session.endedAt, settings, timeZone);
  const slots = scheduleReminders({ count: target.goalGlasses, startsAt, planDay, settings, rules, timeZone });
  const reminders = slots.map((slot, index) => ({
    id: reminderIds.water(planId, index),
    at: slot.at,
    glassNumber: index + 1,
    nextMorning: slot.nextMorning,
  }));
  const last = reminders[reminders.length - 1];
  const dueBy = last?.nextMorning ? last.at : localInstant(planDay, requireClockTime(settings.bedtime), timeZone);
  return {
    ...target,
    timeZone,
    startsAt,
    dueBy,
    dueNextDay: isLaterDate(localDateOf(dueBy, timeZone), localDateOf(startsAt, timeZone)),
    reminders,
  };
}

