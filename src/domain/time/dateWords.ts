/**
 * Clock and date wording the later screens need (editing a drink's time, the therapist's report);
 * kept out of timeFormat.ts, which the first screen loads.
 */
import { intlLocale } from '../i18n/active';

/** "14:05" in the zone whatever the locale: the value an <input type="time"> holds. */
export function clockTimeOf(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** "Tuesday 12 May 2026" for a 'YYYY-MM-DD' date, in the reader's words (their locale); no zone shift. */
export function formatIsoDate(date: string, style: 'long' | 'short' = 'long', locale: string = intlLocale()): string {
  const [year, month, day] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = style === 'long'
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
    : { weekday: 'short', day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day!));
}
