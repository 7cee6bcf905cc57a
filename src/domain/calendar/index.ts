/** The plan as an iCalendar file. */
export { buildCalendar } from './calendarExport';
export { GOOGLE_CALENDAR_ALARM_NOTE } from './calendarExportNote';
