/**
 * "Add to my calendar": the plan as an .ics file, written with `ics` and checked in the tests by an
 * independent parser (ical.js).
 *
 * Updating: every event has a UID that stays the same for the same item, so importing the file
 * again updates events instead of duplicating them, and a SEQUENCE the caller bumps whenever
 * `fingerprint` differs from the last export (RFC 5545 §3.8.7.4: the higher SEQUENCE is the newer
 * version). The fingerprint leaves out DTSTAMP and SEQUENCE, but not the dates: a re-export on a
 * later day drops past water reminders and starts the exercise series later, a real change to send.
 * Re-importing never removes an event that is no longer in the file (a glass already drunk, or an
 * exercise time that moved and so has a new UID); calendars only do that for METHOD:CANCEL.
 *
 * Google Calendar ignores VALARMs in imported files: show calendar.googleAlarmNote (i18n/en/calendar.ts).
 * This module imports `ics` (with yup, nanoid and runes2); load it lazily.
 */
import { createEvents } from 'ics';
import type { CarePlan } from '../carePlan/carePlan';
import { allExerciseEvents, appointmentEvents, waterEvents, type WaterExport } from './calendarExportEvents';
import { fingerprintOf, joinLines, repairDurations, unfold } from './calendarExportText';
import type { AppointmentChange } from '../carePlan/series';
import type { Settings } from '../settings/settings';

export type { WaterExport } from './calendarExportEvents';

export interface BuildCalendarArgs {
  hydration?: WaterExport;
  carePlan?: CarePlan;
  /** Appointments of the care plan's series the client said were moved or cancelled. */
  appointmentChanges?: readonly AppointmentChange[];
  /** The client's day: exercise times are spread over it. */
  settings: Settings;
  /** Epoch ms: past reminders are left out, and DTSTAMP is this. */
  now: number;
  /** Whole number ≥ 0, written on every event; raise it when the fingerprint changes. */
  sequence: number;
}

export interface CalendarExport {
  /** CRLF line endings, folded at 75 octets. */
  ics: string;
  eventCount: number;
  /** Hash of the file without DTSTAMP and SEQUENCE. */
  fingerprint: string;
}

const PRODUCT_ID = '-//Aftercare//EN';

/** The .ics text for the hydration plan, the exercises and the next appointment, with a fingerprint that says whether anything changed since the last export. */
export function buildCalendar(args: BuildCalendarArgs): CalendarExport {
  const { hydration, carePlan, appointmentChanges, settings, now, sequence } = args;
  if (!Number.isInteger(sequence) || sequence < 0) throw new RangeError(`Expected a whole-number sequence, got ${sequence}.`);
  const stamp = { now, sequence };
  const events = [
    ...(hydration ? waterEvents(hydration, stamp) : []),
    ...(carePlan ? allExerciseEvents(carePlan, settings, stamp) : []),
    ...(carePlan ? appointmentEvents(carePlan, stamp, appointmentChanges) : []),
  ];
  const { error, value } = createEvents(events, { productId: PRODUCT_ID });
  // Every attribute is built above, so a validation error here is a bug, not bad user data.
  if (error || value === null) throw new Error(`Could not write the calendar: ${error?.message ?? 'no output'}`);
  const lines = repairDurations(unfold(value));
  return { ics: joinLines(lines), eventCount: events.length, fingerprint: fingerprintOf(lines) };
}
