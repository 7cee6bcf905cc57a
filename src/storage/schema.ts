import type { DBSchema } from 'idb';
import type { ExerciseCheck } from '../domain/exercises';
import type { CarePlanRecord, CheckInRecord, DrinkRecord, SessionRecord } from '../domain/records';
import type { Settings } from '../domain/settings';
import type { EverydayReminders } from '../domain/hydration';

/** Bump on every schema change and add a step to the ladder in db.ts plus a fixture in tests/fixtures/db. */
export const DB_NAME = 'aftercare';
export const DB_VERSION = 4;

export type { CarePlanRecord, CheckInRecord, DrinkRecord, SessionRecord } from '../domain/records';

export const SETTINGS_KEY = 'app';


/**
 * A reminder this device has dealt with (v2): shown, folded into a catch-up, satisfied by logging,
 * or expired. Whatever road a reminder takes, it is handled once.
 */
export interface ReminderLogRecord {
  id: string;
  handledAt: number;
  how: 'shown' | 'collapsed' | 'satisfied' | 'expired' | 'snoozed';
}

/** A reminder the user snoozed from a notification (v2); shown again at `at`. */
export interface SnoozeRecord {
  id: string;
  reminderId: string;
  at: number;
}

/** What the last calendar export held, so the next one bumps SEQUENCE only when the plan changed. */
export interface CalendarExportState {
  fingerprint: string;
  sequence: number;
}

export const CALENDAR_EXPORT_KEY = 'calendar-export';

/** This browser's proof of owning its push subscription (storage/pushOwnerRepo.ts); not in backups. */
export interface PushOwnerState {
  secret: string;
}

export const PUSH_OWNER_KEY = 'push-owner';

/**
 * Water reminders asked for on a day without a session (domain/hydration/everydayReminders.ts): for
 * that day only, so they are not in backups. A new key in an existing store: no version change.
 */
export const EVERYDAY_REMINDERS_KEY = 'everyday-reminders';

/** Set by the v4 upgrade until the drinks it found are filed under their days (db.ts). */
export const PENDING_DAY_FILING_KEY = 'pending-day-filing';

export interface AftercareDB extends DBSchema {
  /**
   * Key 'app': the Settings; 'calendar-export': CalendarExportState; 'push-owner': PushOwnerState;
   * 'everyday-reminders': EverydayReminders, while asked for; 'pending-day-filing' while the v4
   * upgrade files old drinks under their days.
   */
  settings: { key: string; value: Settings | CalendarExportState | PushOwnerState | EverydayReminders | { since: number } };
  sessions: { key: string; value: SessionRecord; indexes: { 'by-createdAt': number } };
  /** `by-day-at` (v4): a day's drinks in time order; a drink with no plan is not in `by-session-at`. */
  drinks: { key: string; value: DrinkRecord; indexes: { 'by-session-at': [string, number]; 'by-day-at': [string, number] } };
  carePlans: { key: string; value: CarePlanRecord; indexes: { 'by-acceptedAt': number } };
  exerciseChecks: { key: [string, string, string, number]; value: ExerciseCheck; indexes: { 'by-care-plan-date': [string, string] } };
  checkIns: { key: string; value: CheckInRecord; indexes: { 'by-care-plan': string } };
  reminderLog: { key: string; value: ReminderLogRecord };
  snoozes: { key: string; value: SnoozeRecord };
}
