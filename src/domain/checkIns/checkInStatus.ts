/**
 * Where the check-ins stand at a moment: the one to answer now, the next one, and the ones missed
 * (not answered while they were open, see CHECK_IN_TIMING.openForMs), with a heading that says what
 * a check-in is for at the moment it is shown.
 */
import type { CheckInAnswer, ScheduledCheckIn } from './checkIns';
import { daysBetween, type IsoDate } from '../time/localDay';

export interface CheckInStatus {
  /** The earliest open, unanswered check-in. */
  due?: ScheduledCheckIn;
  upcoming?: ScheduledCheckIn;
  /** Closed without an answer, oldest first. */
  missed: ScheduledCheckIn[];
}

/** Which check-in to answer now, which comes next, and which were missed, given the answers so far. */
export function checkInStatus(schedule: readonly ScheduledCheckIn[], answers: readonly Pick<CheckInAnswer, 'checkInId'>[], now: number): CheckInStatus {
  const answered = new Set(answers.map((answer) => answer.checkInId));
  const open = schedule.filter((checkIn) => !answered.has(checkIn.id));
  return {
    due: open.find((checkIn) => checkIn.dueAt <= now && now < checkIn.closesAt),
    upcoming: open.find((checkIn) => checkIn.dueAt > now),
    missed: open.filter((checkIn) => checkIn.closesAt <= now),
  };
}

const NUMBER_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six'];

/**
 * "One day after your session" only on the day after it: the heading is counted from the session's
 * waking day to the day it is shown on, so a late answer is never headed with a day that has passed.
 */
export function checkInHeading(checkIn: Pick<ScheduledCheckIn, 'kind' | 'week'>, sessionDay: IsoDate, today: IsoDate): string {
  switch (checkIn.kind) {
    case 'baseline':
      return 'Where you are today';
    case 'weekly':
      return `How week ${checkIn.week ?? 1} of your plan went`;
    default: {
      const days = daysBetween(sessionDay, today);
      if (days <= 0) return 'Since your session today';
      const count = NUMBER_WORDS[days] ?? String(days);
      return `${count} ${days === 1 ? 'day' : 'days'} after your session`;
    }
  }
}

/** How a missed check-in is listed: what it was for, not what the day is now. */
export function missedCheckInLabel(checkIn: Pick<ScheduledCheckIn, 'kind' | 'week'>): string {
  switch (checkIn.kind) {
    case 'baseline':
      return 'Where you were when the plan began';
    case 'after-24h':
      return 'One day after your session';
    case 'after-48h':
      return 'Two days after your session';
    case 'weekly':
      return `Week ${checkIn.week ?? 1} of your plan`;
  }
}
