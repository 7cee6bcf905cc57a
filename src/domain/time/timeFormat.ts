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

/** "YYYY-MM-DD" of an instant in a zone; used to tell whether two instants share a local day. */
export function localDateKey(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

