/** What is stored: session, drink, care plan and check-in records. */
export type { CarePlanRecord, CheckInRecord, DrinkRecord, SessionRecord } from './records';
export { upgradeDrink, upgradeSession } from './legacyRecords';
