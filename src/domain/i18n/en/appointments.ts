/** The series' appointments: the countdown on Home, the plan's preview, and "moved or cancelled?". */
import { namespace } from '../active';
import { plural } from '../plural';

/** The next appointment as Home shows it after "Next appointment:". */
export interface UpcomingWords {
  /** The countdown: "in 3 days", "tomorrow at 10:00 AM". */
  when: string;
  /** Its day: "Tue, May 26". */
  date: string;
  /** Its place in the series, 1-based, of `count`. */
  number: number;
  count: number;
  moved: boolean;
}

export const appointments = {
  next: 'Next appointment:',
  today: (time: string) => `today at ${time}`,
  tomorrow: (time: string) => `tomorrow at ${time}`,
  inDays: (days: number) => plural('en', days, { one: 'in # day', other: 'in # days' }),
  passed: 'already passed',
  upcoming: ({ when, date, number, count, moved }: UpcomingWords) =>
    `${when} (${date})${count > 1 ? `, session ${number} of ${count}` : ''}${moved ? ', moved' : ''}`,
  seriesComplete: (sessions: number) => plural('en', sessions, { one: 'Your series of # session is complete.', other: 'Your series of # sessions is complete.' }),
  /** The preview's line after "Next appointment:", alone or as the first of a series. */
  at: (date: string, time: string) => `${date} at ${time}`,
  atInSeries: (date: string, time: string, everyWeeks: number, sessions: number) =>
    `${date} at ${time} — every ${plural('en', everyWeeks, { one: '# week', other: '# weeks' })}, ${plural('en', sessions, { one: '# session', other: '# sessions' })} planned`,
  change: {
    summary: 'Appointment moved or cancelled?',
    newTime: 'New date and time',
    saveTime: 'Save the new time',
    cancelled: 'It was cancelled',
    notedCancelled: 'Noted: that appointment was cancelled.',
    notedMoved: 'Noted: the appointment has its new time.',
    notSaved: 'That was not saved. Please try again.',
  },
};
export type AppointmentsMessages = typeof appointments;
export const appointmentsText = namespace('appointments', appointments);
