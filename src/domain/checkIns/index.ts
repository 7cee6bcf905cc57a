/** Follow-up check-ins: when each is due and what an answer holds. */
export { checkInAdvice, type CheckInAnswer, type CheckInFlags, checkInSchedule, CHECK_IN_FLAGS, CHECK_IN_SCORES, type CheckInScore, contactTherapistMessage, type ScheduledCheckIn } from './checkIns';
export { BETTER_WHEN, scoreTrend, type ScoreTrend } from './scoreTrend';
export { checkInHeading, checkInStatus, type CheckInStatus, missedCheckInLabel } from './checkInStatus';
