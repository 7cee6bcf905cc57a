/** The user's own settings and the checks on settings and session input. */
export { DEFAULT_SETTINGS, REMINDER_SPACINGS, type ReminderSpacing, type Settings } from './settings';
export { type FieldErrors, validateSession, validateSettings } from './validation';
