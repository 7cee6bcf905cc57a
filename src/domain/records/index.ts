/** What is stored: session, drink, care plan and check-in records, and their checks. */
export { type DrinkRecord, type SessionRecord } from './recordChecks';
export { type CarePlanRecord, type CheckInRecord } from './records';
