/**
 * The whole series of appointments. A plan names its next appointment and, optionally, a series
 * ("every 2 weeks, 3 sessions"): the series is that many appointments, the first being the next
 * appointment, each `everyWeeks` weeks after the one before at the same clock time in the plan's
 * zone (so 10:00 stays 10:00 across a clock change). Without a series there is one appointment.
 *
 * The client can say one appointment was moved (a new time) or cancelled. That changes that one
 * only; the rest of the series keeps its dates. The next appointment is the first one, moved or
 * not, that has not started yet and was not cancelled; after the last, the series is over.
 */
import type { CarePlan } from './carePlan';
import { localMinutesOf } from '../time/localDay';
import { addDays, localDateOf, localInstant } from '../time/wallClock';

/** What the client said about appointment `index` (0 is the plan's next appointment). */
export interface AppointmentChange {
  index: number;
  /** Epoch ms: the new time. */
  movedTo?: number;
  cancelled?: boolean;
}

export interface Appointment {
  /** 0-based place in the series. */
  index: number;
  /** When it is: the planned time, or the new one if it was moved. */
  at: number;
  planned: number;
  status: 'planned' | 'moved' | 'cancelled';
}

export interface NextAppointment {
  appointment: Appointment;
  /** 1-based, of `count`: "2 of 3". */
  number: number;
  count: number;
}

/** Every appointment of the plan's series, in series order, with the client's changes applied. */
export function seriesAppointments(plan: Pick<CarePlan, 'nextAppointment' | 'series' | 'timeZone'>, changes: readonly AppointmentChange[] = []): Appointment[] {
  const first = plan.nextAppointment;
  if (first === undefined) return [];
  const count = plan.series?.sessions ?? 1;
  const weeks = plan.series?.everyWeeks ?? 0;
  const date = localDateOf(first, plan.timeZone);
  const minutes = localMinutesOf(first, plan.timeZone);
  return Array.from({ length: count }, (_, index) => {
    const planned = index === 0 ? first : localInstant(addDays(date, 7 * weeks * index), minutes, plan.timeZone);
    const change = changes.find((c) => c.index === index);
    if (change?.cancelled) return { index, at: planned, planned, status: 'cancelled' as const };
    if (change?.movedTo !== undefined) return { index, at: change.movedTo, planned, status: 'moved' as const };
    return { index, at: planned, planned, status: 'planned' as const };
  });
}

/** Appointments still to come (not cancelled, not yet started), soonest first. */
export function upcomingAppointments(appointments: readonly Appointment[], now: number): Appointment[] {
  return appointments.filter((a) => a.status !== 'cancelled' && a.at > now).sort((a, b) => a.at - b.at);
}

/** The next appointment with its place in the series, or undefined once the series is over. */
export function nextAppointmentOf(appointments: readonly Appointment[], now: number): NextAppointment | undefined {
  const [next] = upcomingAppointments(appointments, now);
  return next && { appointment: next, number: next.index + 1, count: appointments.length };
}
