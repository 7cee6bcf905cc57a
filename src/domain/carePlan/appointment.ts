/** The countdown to the next appointment, in the plan's time zone. */
import { daysBetween, isoDateOf, localMinutesOf } from '../time/localDay';

export interface AppointmentCountdown {
  /** Whole days and remaining whole hours of real time left; both 0 once it has started. */
  days: number;
  hours: number;
  /** "today at 15:00", "tomorrow at 15:00", "in 3 days", or "already passed". */
  label: string;
  passed: boolean;
}

const HOUR_MS = 3_600_000;

/** 24-hour clock, as in the rest of the plan; the same on every device whatever its locale. */
function clockLabel(at: number, timeZone: string): string {
  const minutes = localMinutesOf(at, timeZone);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "Today" and "tomorrow" are calendar days where the plan is, not 24-hour spans. */
export function appointmentCountdown(appointment: number, now: number, timeZone: string): AppointmentCountdown {
  const left = appointment - now;
  if (left < 0) return { days: 0, hours: 0, label: 'already passed', passed: true };
  const days = Math.floor(left / (24 * HOUR_MS));
  const hours = Math.floor((left - days * 24 * HOUR_MS) / HOUR_MS);
  const calendarDays = daysBetween(isoDateOf(now, timeZone), isoDateOf(appointment, timeZone));
  const at = clockLabel(appointment, timeZone);
  const label = calendarDays === 0 ? `today at ${at}` : calendarDays === 1 ? `tomorrow at ${at}` : `in ${calendarDays} days`;
  return { days, hours, label, passed: false };
}
