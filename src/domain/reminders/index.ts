/** Reminders from every plan, and whether a notification should show. */
export { type AppReminder, satisfiedWaterReminderIds, waterReminders } from './appReminders';
export { decideNotifications } from './notificationDecision';
export { SNOOZE_MS, snoozeOf } from './snooze';
