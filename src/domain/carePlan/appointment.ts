/** The countdown to the next appointment, in the plan's time zone. */
import { appointmentsText } from '../i18n/en/appointments';
import { daysBetween, isoDateOf } from '../time/localDay';
import { formatClockTime } from '../time/timeFormat';

export interface AppointmentCountdown {
  /** Whole days and remaining whole hours of real time left; both 0 once it has started. */
  days: number;
  hours: number;
  /** "today at 3:00 PM", "tomorrow at 15:00", "in 3 days", or "already passed", in the language on screen. */
  label: string;
  passed: boolean;
}

const HOUR_MS = 3_600_000;

/** "Today" and "tomorrow" are calendar days where the plan is, not 24-hour spans; the clock is the reader's (12- or 24-hour). */
export function appointmentCountdown(appointment: number, now: number, timeZone: string): AppointmentCountdown {
  const t = appointmentsText();
  const left = appointment - now;
  if (left < 0) return { days: 0, hours: 0, label: t.passed, passed: true };
  const days = Math.floor(left / (24 * HOUR_MS));
  const hours = Math.floor((left - days * 24 * HOUR_MS) / HOUR_MS);
  const calendarDays = daysBetween(isoDateOf(now, timeZone), isoDateOf(appointment, timeZone));
  const at = formatClockTime(appointment, timeZone);
  const label = calendarDays === 0 ? t.today(at) : calendarDays === 1 ? t.tomorrow(at) : t.inDays(calendarDays);
  return { days, hours, label, passed: false };
}
