/**
 * The backup file: everything the app keeps, as one versioned JSON document. A file is checked in
 * full before anything is written, and refused with a plain message, in the reader's language, when
 * it is corrupt, truncated, from another app, or from a newer version of Aftercare.
 */
import * as v from 'valibot';
import { reminderIds } from '../../contract/reminders.js';
import { upgradeDrink, upgradeSession } from '../records/legacyRecords';
import type { SessionRecord } from '../records/records';
import type { Settings } from '../settings/settings';
import { isValidTimeZone } from '../time/wallClock';
import { BACKUP_FORMAT, BACKUP_VERSION, backupHeader, backupProblem, backupRecords, type BackupRecords } from './backupSchema';
import { BACKUP_LIMITS } from '../limits/limits';
import { backupText } from '../i18n/en/backup';

export { BACKUP_FORMAT, BACKUP_VERSION } from './backupSchema';

export interface Backup extends BackupRecords {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  settings: Settings;
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: string };

/** A backup of `parts`, stamped with this app's format and version. */
export function makeBackup(parts: Omit<Backup, 'format' | 'version'>): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...parts };
}

/** Parses and checks a backup file's text. Never throws. */
export function readBackupText(text: string): BackupCheck {
  const t = backupText();
  if (text.length > BACKUP_LIMITS.maxChars) return refuse(t.tooLarge);
  if (text.trim() === '') return refuse(t.empty);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(t.notJson);
  }
  return checkBackup(data);
}

function refuse(error: string): BackupCheck {
  return { ok: false, error };
}

/** Checks parsed data in full; any problem refuses the whole file. Older formats are upgraded. */
export function checkBackup(data: unknown): BackupCheck {
  const header = v.safeParse(backupHeader, data, { abortEarly: true });
  if (!header.success) return refuse(backupProblem(header.issues[0]));
  const file = upgraded(data as Record<string, unknown>);
  const records = v.safeParse(backupRecords, file, { abortEarly: true });
  if (!records.success) return refuse(backupProblem(records.issues[0]));
  const sessions = (file.sessions as SessionRecord[]).map(withContractReminderIds);
  return { ok: true, backup: { ...(file as unknown as Backup), sessions, version: BACKUP_VERSION } };
}

/**
 * Version 1 files had no therapist's plans yet; files before version 3 named both links `planId`;
 * before version 4 drinks had no day and plans no `day` (records/legacyRecords.ts files them as
 * the database upgrade does).
 */
function upgraded(file: Record<string, unknown>): Record<string, unknown> {
  const before4 = (file.version as number) < 4;
  const sessions = before4 && Array.isArray(file.sessions) ? file.sessions.map(legacySession) : file.sessions;
  const drinks = renamed(file.drinks, 'sessionId');
  return {
    ...file,
    sessions,
    drinks: before4 ? legacyDrinks(drinks, sessions, file.settings as Settings) : drinks,
    carePlans: file.carePlans ?? [],
    exerciseChecks: renamed(file.exerciseChecks ?? [], 'carePlanId'),
    checkIns: renamed(file.checkIns ?? [], 'carePlanId'),
  };
}

/** Files before version 3 named both links `planId`; a record that already has the new name keeps it. */
function renamed(items: unknown, to: 'sessionId' | 'carePlanId'): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || !('planId' in item) || to in item) return item;
    const { planId, ...rest } = item as Record<string, unknown>;
    return { ...rest, [to]: planId };
  });
}

/**
 * A file may carry water reminder ids of any shape (an older version's, or edited by hand: up to 140
 * characters, repeats); the push server refuses those, so they are remade as the contract makes them.
 */
function withContractReminderIds(session: SessionRecord): SessionRecord {
  const reminders = session.plan.reminders.map((r, index) => ({ ...r, id: reminderIds.water(session.id, index) }));
  return { ...session, plan: { ...session.plan, reminders } };
}

/** A session from before version 4, given its plan's day; anything malformed is left for the checks. */
function legacySession(item: unknown): unknown {
  const plan = (item as { plan?: { startsAt?: unknown; timeZone?: unknown } } | null)?.plan;
  if (typeof plan?.startsAt !== 'number' || typeof plan.timeZone !== 'string' || !isValidTimeZone(plan.timeZone)) return item;
  return upgradeSession(item as Record<string, unknown>);
}

/** Drinks from before version 4, filed under their day as the database upgrade files them. */
function legacyDrinks(items: unknown, sessions: unknown, settings: Settings): unknown {
  if (!Array.isArray(items) || !Array.isArray(sessions)) return items;
  const byId = new Map((sessions as SessionRecord[]).filter((s) => typeof s?.plan?.day === 'string').map((s) => [s.id, s]));
  return items.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || typeof (item as { at?: unknown }).at !== 'number') return item;
    return upgradeDrink(item as Record<string, unknown>, byId, settings, 'UTC');
  });
}
