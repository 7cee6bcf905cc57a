import type { EverydayReminders } from '../../domain/hydration';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import type { AftercareDatabase } from '../db';
import { CALENDAR_EXPORT_KEY, EVERYDAY_REMINDERS_KEY, SETTINGS_KEY, type CalendarExportState } from '../schema';

/** The stored settings, with defaults filled in for anything a past version did not store. */
export async function readSettings(db: AftercareDatabase): Promise<Settings> {
  const stored = (await db.get('settings', SETTINGS_KEY)) as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** Stores the user's settings. */
export async function writeSettings(db: AftercareDatabase, settings: Settings): Promise<void> {
  await db.put('settings', settings, SETTINGS_KEY);
}

/** The last calendar export's fingerprint and sequence, or a first export's defaults. */
export async function readCalendarExportState(db: AftercareDatabase): Promise<CalendarExportState> {
  const stored = (await db.get('settings', CALENDAR_EXPORT_KEY)) as CalendarExportState | undefined;
  return stored ?? { fingerprint: '', sequence: 0 };
}

/** Remembers what the last calendar export held. */
export async function writeCalendarExportState(db: AftercareDatabase, state: CalendarExportState): Promise<void> {
  await db.put('settings', state, CALENDAR_EXPORT_KEY);
}

/** The water reminders asked for on a day without a session, if any were (for which day is inside). */
export async function readEverydayReminders(db: AftercareDatabase): Promise<EverydayReminders | undefined> {
  return (await db.get('settings', EVERYDAY_REMINDERS_KEY)) as EverydayReminders | undefined;
}

/** Keeps the day's own water reminders, or forgets them (`undefined`: turned off). */
export async function writeEverydayReminders(db: AftercareDatabase, reminders: EverydayReminders | undefined): Promise<void> {
  if (reminders) await db.put('settings', reminders, EVERYDAY_REMINDERS_KEY);
  else await db.delete('settings', EVERYDAY_REMINDERS_KEY);
}
