/** What is stored: session, drink, care plan and check-in records. */
export { type CarePlanRecord, type CheckInRecord, type DrinkRecord, type SessionRecord } from './records';
