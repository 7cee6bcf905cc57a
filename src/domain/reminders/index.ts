/** Reminders from every plan, and whether a notification should show. */
export { type AppReminder, everydayWaterReminders, satisfiedWaterReminderIds, waterReminders } from './appReminders';
export { type CatchUpContext, decideNotifications } from './notificationDecision';
// What snoozing means is part of the reminder contract the server shares.
export { SNOOZE_MS, snoozeOf } from '../../contract/reminders.js';
