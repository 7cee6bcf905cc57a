/**
 * Kept apart from calendarExport.ts so a screen can show the note without loading `ics` (that
 * module is meant for a lazily loaded chunk).
 */

/** Shown next to "Add to my calendar": Google Calendar drops VALARMs from imported .ics files. */
export const GOOGLE_CALENDAR_ALARM_NOTE =
  'Google Calendar ignores the reminders in imported calendar files, so add a notification there yourself or use the reminders in this app.';
