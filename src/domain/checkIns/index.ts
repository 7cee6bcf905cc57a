/** Follow-up check-ins: when each is due and what an answer holds. */
export { checkInAdvice, type CheckInAnswer, type CheckInFlags, checkInSchedule, type CheckInScore, CONTACT_THERAPIST_MESSAGE, type ScheduledCheckIn } from './checkIns';
export { BETTER_WHEN, scoreTrend, type ScoreTrend } from './scoreTrend';
export { checkInHeading, checkInStatus, type CheckInStatus, missedCheckInLabel } from './checkInStatus';
