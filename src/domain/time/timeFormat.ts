/** Clock and date labels in the plan's time zone, in the user's locale. */
export function formatClockTime(at: number, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
}

/** A short weekday-and-date label for an instant in the plan's zone. */
export function formatDayLabel(at: number, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(at);
}

/** "YYYY-MM-DD" of an instant in a zone; used to tell whether two instants share a local day. */
export function localDateKey(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** "14:05" in the zone whatever the locale: the value an <input type="time"> holds. */
export function clockTimeOf(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** "Tuesday 12 May 2026" for a 'YYYY-MM-DD' date, in the reader's words (their locale); no zone shift. */
export function formatIsoDate(date: string, style: 'long' | 'short' = 'long', locale?: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = style === 'long'
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
    : { weekday: 'short', day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day!));
}
