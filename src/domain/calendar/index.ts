/** The plan as an iCalendar file (its words: i18n/en/calendar.ts). */
export { buildCalendar } from './calendarExport';
