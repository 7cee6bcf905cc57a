/**
 * The hydration plan for the rest of a client's day after a session.
 *
 * How much: a client who usually drinks at least `goodDailyGlasses` a day gets the smaller range
 * (2–3 glasses by default), everyone else the larger one (4–5). One end of the range is the goal:
 * the upper end after deep work (a deep kind such as deep tissue, or firm/deep pressure), the lower
 * end otherwise. The goal is the one number the app shows everywhere (the ring fills to it, the
 * headline, notifications and History name it); the range is only given as the reason for it.
 *
 * Which day: a plan belongs to one waking day (time/wakingDay.ts: wake time to bedtime, which may
 * run past midnight or start in the evening), stored as `day`.
 *
 * When the reminders fire:
 * - Every clock time is a local time in the plan's time zone, and every spacing is real elapsed
 *   time, so a clock change never squeezes two reminders closer than the minimum spacing.
 * - A clock time the day skips (spring forward) means the moment the clocks jump. A clock time the
 *   night repeats (fall back) is read so that rest stays protected in real time: bedtime and the
 *   start of quiet hours are their first occurrence, wake time and the end of quiet hours their
 *   last. Hence no reminder ever reads as night or quiet on the clock, and none falls in that time
 *   in real time either, also on the night the clocks go back.
 * - A session that ended at night (at or after bedtime, or before wake time) starts the plan at the
 *   next wake time, and the plan belongs to that wake time's day ("tomorrow" for a session that
 *   ended late in the evening); otherwise the plan starts when the session ended.
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
 * - Any wake time and bedtime but equal ones are valid, so a waking day may be very short (a minute,
 *   or half an hour mostly under quiet hours). Glasses carry one morning only: what neither day can
 *   hold gets no reminder, so a plan may have fewer reminders than glasses, or none, and the screens
 *   say so. The goal and the deadline stay as they are; planning never fails for lack of room.
 */
import { reminderIds } from '../../contract/reminders.js';
import { hydrationTarget, type PlanReason } from './hydrationTarget';
import { scheduleReminders } from './reminderSchedule';
import { DEFAULT_RULES, type GlassRange, type HydrationRules, type Settings } from './rules';
import type { MassageKind, Pressure } from '../session/sessionKinds';
import { addIsoDays, parseIsoDate, type IsoDate } from '../time/localDay';
import { wakeAndBedtime, wakingDayOf } from '../time/wakingDay';
import { isValidTimeZone } from '../time/wallClock';

export interface SessionInput {
  kind: MassageKind;
  pressure: Pressure;
  usualGlassesPerDay: number;
  /** Epoch ms. */
  endedAt: number;
}

export interface WaterReminder {
  /** Stable across re-plans of the same plan: `${sessionId}:water:${index}`, index from 0. */
  id: string;
  at: number;
  /** 1-based. */
  glassNumber: number;
  nextMorning: boolean;
}

export interface HydrationPlan {
  /** The waking day the plan belongs to (the day its start falls in). */
  day: IsoDate;
  /** Glasses, e.g. 4–5: the advice the goal comes from. */
  range: GlassRange;
  /** The goal: what the ring fills to and every sentence names. */
  goalGlasses: number;
  reasons: PlanReason[];
  physicianApproval: boolean;
  /** IANA time zone every clock time in the plan is read in. */
  timeZone: string;
  /** Epoch ms: the session end, or the next wake time if the session ended at night. */
  startsAt: number;
  /** Epoch ms: bedtime of the plan's day, or the last reminder when glasses carried over. */
  dueBy: number;
  /** Glasses carried over: dueBy falls in the waking day after the plan's. */
  dueNextDay: boolean;
  /** One per goal glass while the waking day has room (fewer, or none, in a very short day), strictly increasing in time. */
  reminders: WaterReminder[];
}

export interface PlanHydrationArgs {
  sessionId: string;
  session: SessionInput;
  settings: Settings;
  timeZone: string;
  rules?: HydrationRules;
}

/** Where the plan's day starts: the session end, or the next wake time after a night session. */
function planStart(endedAt: number, settings: Settings, timeZone: string): { planDay: IsoDate; startsAt: number } {
  const day = wakingDayOf(endedAt, settings, timeZone);
  const { wake, bedtime } = wakeAndBedtime(parseIsoDate(day)!, settings, timeZone);
  if (endedAt < wake) return { planDay: day, startsAt: wake };
  if (endedAt < bedtime) return { planDay: day, startsAt: endedAt };
  const next = addIsoDays(day, 1);
  return { planDay: next, startsAt: wakeAndBedtime(parseIsoDate(next)!, settings, timeZone).wake };
}

/** Turns a finished session into the day's hydration plan: the range of glasses, the deadline and the reminder times, all in the user's zone. */
export function planHydration(args: PlanHydrationArgs): HydrationPlan {
  const { sessionId, session, settings, timeZone, rules = DEFAULT_RULES } = args;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}".`);
  const target = hydrationTarget({ ...session, goodDailyGlasses: settings.goodDailyGlasses }, rules);
  const { planDay, startsAt } = planStart(session.endedAt, settings, timeZone);
  const slots = scheduleReminders({ count: target.goalGlasses, startsAt, planDay: parseIsoDate(planDay)!, settings, rules, timeZone });
  const reminders = slots.map((slot, index) => ({
    id: reminderIds.water(sessionId, index),
    at: slot.at,
    glassNumber: index + 1,
    nextMorning: slot.nextMorning,
  }));
  const last = reminders[reminders.length - 1];
  const dueBy = last?.nextMorning ? last.at : wakeAndBedtime(parseIsoDate(planDay)!, settings, timeZone).bedtime;
  return {
    day: planDay,
    ...target,
    timeZone,
    startsAt,
    dueBy,
    dueNextDay: last?.nextMorning === true,
    reminders,
  };
}
