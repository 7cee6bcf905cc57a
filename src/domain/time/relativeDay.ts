/**
 * Days named from where the client is: "today", "tomorrow", "yesterday", else the weekday and date.
 * "Tomorrow" is the next *waking* day (time/wakingDay.ts), so a plan that starts at the next wake
 * time is tomorrow's, even at 01:00 after a late session.
 */
import { formatClockTime } from './timeFormat';
import { intlLocale } from '../i18n/active';
import { timeText } from '../i18n/en/time';
import { daysBetween, parseIsoDate, type IsoDate } from './localDay';
import { wakingDayOf, type DayClock } from './wakingDay';

/** "today", "tomorrow", "yesterday", or "on Tue 12 May". */
export function dayWord(day: IsoDate, today: IsoDate, locale: string = intlLocale()): string {
  const t = timeText();
  const offset = daysBetween(today, day);
  if (offset === 0) return t.today;
  if (offset === 1) return t.tomorrow;
  if (offset === -1) return t.yesterday;
  const date = parseIsoDate(day)!;
  const noon = Date.UTC(date.year, date.month - 1, date.day, 12);
  return t.onDate(new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(noon));
}

/**
 * "16:15" today, "07:15 tomorrow", "07:15 on Tue 12 May". Wherever the app names a time, it names
 * the day too unless it is today's, so a deadline after a late session never reads as an hour ago.
 */
export function timeWhen(at: number, today: IsoDate, clock: DayClock, timeZone: string, locale: string = intlLocale()): string {
  const time = formatClockTime(at, timeZone, locale);
  const day = wakingDayOf(at, clock, timeZone);
  return day === today ? time : timeText().timeOnDay(time, dayWord(day, today, locale));
}
