/** Clock and date labels in the plan's time zone, in the app's language (12- or 24-hour as it writes them). */
import { intlLocale } from '../i18n/active';

/** A clock time ("4:05 PM", "16:05") in the plan's zone. */
export function formatClockTime(at: number, timeZone: string, locale: string = intlLocale()): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
}

/** A short weekday-and-date label for an instant in the plan's zone. */
export function formatDayLabel(at: number, timeZone: string, locale: string = intlLocale()): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(at);
}

// Making an Intl.DateTimeFormat costs far more than formatting with one, and the app asks for date
// keys often (twice before today's data is read); one formatter per zone is kept.
const dateKeyFormats = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM-DD" of an instant in a zone; used to tell whether two instants share a local day. */
export function localDateKey(at: number, timeZone: string): string {
  let format = dateKeyFormats.get(timeZone);
  if (!format) dateKeyFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(at);
}

