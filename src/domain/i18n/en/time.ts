/** Days and times named from where the client is (domain/time). */
import { namespace } from '../active';

export const time = {
  today: 'today',
  tomorrow: 'tomorrow',
  yesterday: 'yesterday',
  /** `date` is a short weekday and date in the reader's locale ("Tue, May 12"). */
  onDate: (date: string) => `on ${date}`,
  /** A clock time on a day that is not today: "07:15 tomorrow", "07:15 on Tue, May 12". */
  timeOnDay: (clock: string, day: string) => `${clock} ${day}`,
};
export type TimeMessages = typeof time;
export const timeText = namespace('time', time);
