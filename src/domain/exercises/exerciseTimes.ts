/**
 * The clock times of day the home exercises are due. The care plan only says how many times a day
 * (`timesPerDay`); these are the times the app reminds at, in notifications and in the calendar
 * export alike, so the two never disagree.
 *
 * The policy:
 * - Times are local clock times ('HH:mm') on the client's own waking day (which may run past
 *   midnight: time/wakingDay.ts), on a 5-minute grid, in the day's order (strictly later in the
 *   waking day, though 00:30 comes after 23:00), never inside a quiet period, always in
 *   [wake time, bedtime).
 * - The preferred window runs from wake + 60 min (time to get up first) to bedtime − 90 min (a
 *   stretch right before sleep is easy to skip and can wake the body up). Quiet periods are cut out
 *   of it and the times spread evenly over what is left: the first at its start, the last at its end.
 * - Once a day: the allowed time nearest 18:00 on the clock face. Early evening is when most people are home with
 *   ten minutes to spare, and it is where a therapist would usually say "after work".
 * - If the window (minus quiet periods) can't hold them 5 minutes apart, the whole waking day is
 *   used instead. A very short day (any day is valid, issue 10) may not hold them even then: as many
 *   as fit are returned, so the list can be shorter than asked, or empty.
 * - The client may set their own times (`settings.exerciseTimes`, one per round); they win whenever
 *   there are enough of them, picked from the same way (first and last, or nearest 18:00 for one).
 * Clock times say nothing about DST: a time the day skips is the caller's to resolve (the app uses
 * `localInstant`, the calendar keeps it as a floating local time).
 */
import type { Settings } from '../settings/settings';
import { minutesIntoDay } from '../time/wakingDay';
import { requireClockTime } from '../time/wallClock';

const GRID_MIN = 5;
const AFTER_WAKE_MIN = 60;
const BEFORE_BEDTIME_MIN = 90;
const ONCE_A_DAY_AT = 18 * 60;

interface QuietSpan {
  start: number;
  end: number;
}

const clockText = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A quiet period is [start, end): a reminder may come the minute it ends, as for water. */
function isQuiet(minute: number, quiet: readonly QuietSpan[]): boolean {
  return quiet.some((span) => minute >= span.start && minute < span.end);
}

/** Every 5-minute mark in [from, to] that isn't quiet. */
function allowedMarks(from: number, to: number, quiet: readonly QuietSpan[]): number[] {
  const marks: number[] = [];
  for (let minute = Math.ceil(from / GRID_MIN) * GRID_MIN; minute <= to; minute += GRID_MIN) {
    if (!isQuiet(minute, quiet)) marks.push(minute);
  }
  return marks;
}

/** `count` marks spread evenly by position, first and last at the ends; distinct as count ≤ marks. */
function spread(marks: readonly number[], count: number): number[] {
  if (count === 1) {
    // Distance on the clock face, so 20:00 is two hours from 18:00 even in a day that starts at 19:00.
    const distance = (mark: number) => Math.min((mark - ONCE_A_DAY_AT + 2880) % 1440, (ONCE_A_DAY_AT - mark + 2880) % 1440);
    return [marks.reduce((best, mark) => (distance(mark) < distance(best) ? mark : best))];
  }
  // The step (marks − 1) / (count − 1) is at least 1, so rounding never picks a mark twice.
  return Array.from({ length: count }, (_, i) => marks[Math.round((i * (marks.length - 1)) / (count - 1))]!);
}

/**
 * Local 'HH:mm' times for an exercise done `timesPerDay` times a day; the policy is above. The work is
 * done in minutes after wake time, so a waking day that runs past midnight is one straight line.
 */
export function exerciseReminderTimes(timesPerDay: number, settings: Settings): string[] {
  if (!Number.isInteger(timesPerDay) || timesPerDay < 1) {
    throw new RangeError(`Expected a whole number of times a day, got ${timesPerDay}.`);
  }
  const own = (settings.exerciseTimes ?? []).map(requireClockTime);
  if (own.length >= timesPerDay) return spread(own, timesPerDay).map(clockText);
  const wake = requireClockTime(settings.wakeTime);
  const bedtime = minutesIntoDay(requireClockTime(settings.bedtime), wake);
  if (bedtime === 0) throw new RangeError('Bedtime must differ from wake time.');
  const quiet = settings.quietHours.map((period) => ({
    start: minutesIntoDay(requireClockTime(period.start), wake),
    end: minutesIntoDay(requireClockTime(period.end), wake),
  }));
  // Marks stay on the clock's 5-minute grid whatever the wake time: offset them by wake's remainder.
  const grid = (from: number, to: number) => allowedMarks(from + wake, to + wake, quiet.map((q) => ({ start: q.start + wake, end: q.end + wake })));
  const preferred = grid(AFTER_WAKE_MIN, bedtime - BEFORE_BEDTIME_MIN);
  const marks = preferred.length >= timesPerDay ? preferred : grid(0, bedtime - 1);
  if (marks.length === 0) return [];
  return spread(marks, Math.min(timesPerDay, marks.length)).map((minute) => clockText(minute % 1440));
}

/** Clock times in the order the waking day meets them (00:30 after 23:00 for a night owl), as Settings keeps them. */
export function inWakingDayOrder(times: readonly string[], wakeTime: string): string[] {
  const wake = requireClockTime(wakeTime);
  return [...times].sort((a, b) => minutesIntoDay(requireClockTime(a), wake) - minutesIntoDay(requireClockTime(b), wake));
}
