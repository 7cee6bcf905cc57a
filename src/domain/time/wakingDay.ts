/**
 * The waking day: the client's own day, from wake time to bedtime, which may run past midnight
 * (bed at 01:30) or start in the evening (a night shift: wake 18:00, bed 10:00). Every "today" in the
 * app (the water log, the hydration plan, the exercises, "tomorrow" in a sentence) is a waking day.
 *
 * - A waking day is named by the calendar date of its wake time (an IsoDate), so for most people it
 *   is simply the date.
 * - It owns the night on either side up to the middle: a glass at 01:00 after a 22:30 bedtime still
 *   belongs to the day that is ending, one at 06:30 before a 07:00 wake time to the day ahead. The
 *   middle is taken in real time, so the days follow each other without gap or overlap whatever the
 *   clocks do.
 * - A repeated clock time (the hour clocks go back) is read to keep rest protected in real time: a
 *   time that starts a stretch without reminders (bedtime, the start of quiet hours) is its first
 *   occurrence, a time that ends one (wake time, the end of quiet hours) its last. So nothing that
 *   reads as night on the clock is ever outside the night in real time.
 * - Any wake time and bedtime but equal ones make a day, however short. A day shorter than a clock
 *   change can lose all its waking time on the date the clocks change (both times in the skipped
 *   hour, or a day inside the repeated hour read as above, so bedtime comes before wake time): that
 *   date then has no room for a reminder, and nothing fails.
 */
import type { Settings } from '../settings/settings';
import { addIsoDays, parseIsoDate, toIsoDate, type IsoDate } from './localDay';
import { addDays, localDateOf, localInstant, requireClockTime, type LocalDate } from './wallClock';

export type DayClock = Pick<Settings, 'wakeTime' | 'bedtime'>;

export interface WakingDay {
  day: IsoDate;
  /** Wake time (its last occurrence when the clocks repeat it). */
  wake: number;
  /** Bedtime (its first occurrence), on the next calendar date when it is after midnight. */
  bedtime: number;
  /** The middle of the night before: where this day's log begins. */
  starts: number;
  /** The middle of the night after: where the next day's log begins. */
  ends: number;
}

/** Minutes from wake time, 0 ≤ n < 1440: where a clock time falls in the waking day. */
export function minutesIntoDay(clock: number, wake: number): number {
  return (clock - wake + 1440) % 1440;
}

/** The calendar date a clock time of waking day `date` falls on (the next one after midnight). */
export function dateInDay(date: LocalDate, clock: number, wake: number): LocalDate {
  return clock >= wake ? date : addDays(date, 1);
}

function toLocal(day: IsoDate): LocalDate {
  const date = parseIsoDate(day);
  if (!date) throw new RangeError(`Expected a date like 2026-05-12, got "${day}".`);
  return date;
}

function wakeOn(date: LocalDate, clock: DayClock, timeZone: string): number {
  return localInstant(date, requireClockTime(clock.wakeTime), timeZone, 'last');
}

function bedtimeOf(date: LocalDate, clock: DayClock, timeZone: string): number {
  const wake = requireClockTime(clock.wakeTime);
  const bed = requireClockTime(clock.bedtime);
  return localInstant(dateInDay(date, bed, wake), bed, timeZone, 'first');
}

/** The middle, in real time, of the night that ends at the wake time of `date`. */
function nightMiddleBefore(date: LocalDate, clock: DayClock, timeZone: string): number {
  const bedtime = bedtimeOf(addDays(date, -1), clock, timeZone);
  return Math.floor((bedtime + wakeOn(date, clock, timeZone)) / 2);
}

/** How close to midnight the night's middle may be for a clock change to carry it across. */
const NEAR_MIDNIGHT_MIN = 90;

/** The waking day an instant belongs to. */
export function wakingDayOf(at: number, clock: DayClock, timeZone: string): IsoDate {
  const date = localDateOf(at, timeZone);
  // The day that owns `at` is the latest whose log had begun by `at`. A log begins on the date of
  // its wake time, or on the date before when the middle of the night comes before midnight (wake
  // 00:30 after bed at 17:00). So the latest candidate is the date itself or the next one (also
  // when the middle is just after midnight: a clock change in the night can move it across), and
  // usually the first one tried is the answer.
  const wake = requireClockTime(clock.wakeTime);
  const night = minutesIntoDay(wake, requireClockTime(clock.bedtime));
  const later = wake - night / 2 < NEAR_MIDNIGHT_MIN ? addDays(date, 1) : date;
  if (nightMiddleBefore(later, clock, timeZone) <= at) return toIsoDate(later);
  const earlier = addDays(later, -1);
  // Clock changes can move a middle across midnight by an hour; one more step covers that.
  return toIsoDate(nightMiddleBefore(earlier, clock, timeZone) <= at ? earlier : addDays(earlier, -1));
}

/** Just the wake time and bedtime of waking day `day` (what the reminder schedule needs). */
export function wakeAndBedtime(day: LocalDate, clock: DayClock, timeZone: string): { wake: number; bedtime: number } {
  return { wake: wakeOn(day, clock, timeZone), bedtime: bedtimeOf(day, clock, timeZone) };
}

/** Waking day `day`: its wake time, bedtime, and where its log begins and ends. */
export function wakingDay(day: IsoDate, clock: DayClock, timeZone: string): WakingDay {
  const date = toLocal(day);
  return {
    day,
    wake: wakeOn(date, clock, timeZone),
    bedtime: bedtimeOf(date, clock, timeZone),
    starts: nightMiddleBefore(date, clock, timeZone),
    ends: nightMiddleBefore(addDays(date, 1), clock, timeZone),
  };
}

/** Whether `at` falls between a bedtime and the next wake time, in real time. */
export function isNight(at: number, clock: DayClock, timeZone: string): boolean {
  const day = wakingDay(wakingDayOf(at, clock, timeZone), clock, timeZone);
  return at < day.wake || at >= day.bedtime;
}

/** The next wake time at or after `at`. */
export function nextWake(at: number, clock: DayClock, timeZone: string): number {
  const day = wakingDay(wakingDayOf(at, clock, timeZone), clock, timeZone);
  return at <= day.wake ? day.wake : wakingDay(addIsoDays(day.day, 1), clock, timeZone).wake;
}
