/** The user's own settings and the checks on them. */
export { type FieldErrors } from '../checks/schemaParts';
export { DEFAULT_SETTINGS, REMINDER_SPACINGS, type ReminderSpacing, type Settings } from './settings';
export { validateSettings } from './settingsSchema';
