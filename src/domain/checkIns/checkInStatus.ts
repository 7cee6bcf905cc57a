/**
 * Where the check-ins stand at a moment: the one to answer now, the next one, and the ones missed
 * (not answered while they were open, see CHECK_IN_TIMING.openForMs), with a heading that says what
 * a check-in is for at the moment it is shown.
 */
import type { CheckInAnswer, ScheduledCheckIn } from './checkIns';
import { checkInsText } from '../i18n/en/checkIns';
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

/**
 * "One day after your session" only on the day after it: the heading is counted from the session's
 * waking day to the day it is shown on, so a late answer is never headed with a day that has passed.
 */
export function checkInHeading(checkIn: Pick<ScheduledCheckIn, 'kind' | 'week'>, sessionDay: IsoDate, today: IsoDate): string {
  const t = checkInsText();
  switch (checkIn.kind) {
    case 'baseline':
      return t.baseline;
    case 'weekly':
      return t.weekly(checkIn.week ?? 1);
    default: {
      const days = daysBetween(sessionDay, today);
      return days <= 0 ? t.sessionToday : t.daysAfter(days);
    }
  }
}

/** How a missed check-in is listed: what it was for, not what the day is now. */
export function missedCheckInLabel(checkIn: Pick<ScheduledCheckIn, 'kind' | 'week'>): string {
  const t = checkInsText();
  switch (checkIn.kind) {
    case 'baseline':
      return t.missedBaseline;
    case 'after-24h':
      return t.daysAfter(1);
    case 'after-48h':
      return t.daysAfter(2);
    case 'weekly':
      return t.missedWeekly(checkIn.week ?? 1);
  }
}
