/**
 * "Add to my calendar": the button and its result, and the words written into the .ics file
 * (domain/calendar), in the language the client reads at the moment of the export.
 */
import { namespace } from '../active';
import { plural } from '../plural';

export const calendar = {
  addToCalendar: 'Add to my calendar',
  nothingLeft: 'Nothing is left to add: every reminder of your plan is done or past.',
  failed: 'The calendar file could not be made. Please try again.',
  /** The first, bold part of the result; `saved` follows it. */
  eventsSaved: (n: number) => plural('en', n, { one: '# event saved', other: '# events saved' }),
  savedIn: (fileName: string) => `in “${fileName}”.`,
  howToOpen: 'To add them, open the file: tap it in your browser’s downloads (or in the Files app), then choose your calendar. Each event has an alarm.',
  /** Google Calendar drops the alarms (VALARM) of imported .ics files. */
  googleAlarmNote: 'Google Calendar ignores the reminders in imported calendar files, so add a notification there yourself or use the reminders in this app.',
  /** In the .ics file: event titles and alarm texts. */
  file: {
    water: (glass: number, goal: number) => `Drink a glass of water (${glass} of ${goal})`,
    exercise: (name: string) => `Exercise: ${name}`,
    appointment: (therapist: string) => `Appointment with ${therapist}`,
    /** The alarm a day before; `title` is `appointment`'s. */
    dayBefore: (title: string) => `Tomorrow: ${title}`,
  },
};
export type CalendarMessages = typeof calendar;
export const calendarText = namespace('calendar', calendar);
