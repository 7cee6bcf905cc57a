/**
 * The backup file: everything the app keeps, as one versioned JSON document. A file is checked in
 * full before anything is written, and refused with a plain message when it is corrupt, truncated,
 * from another app, or from a newer version of Aftercare.
 */
import { reminderIds } from '../../contract/reminders.js';
import type { ExerciseCheck } from '../exercises/exerciseSchedule';
import { carePlanRecordProblem, checkInRecordProblem, drinkRecordProblem, exerciseCheckProblem, sessionRecordProblem } from '../records/recordChecks';
import type { CarePlanRecord, CheckInRecord, DrinkRecord, SessionRecord } from '../records/records';
import { upgradeDrink, upgradeSession } from '../records/legacyRecords';
import type { Settings } from '../settings/settings';
import { isValidTimeZone } from '../time/wallClock';
import { validateSettings } from '../settings/validation';

export const BACKUP_FORMAT = 'aftercare-backup';
/**
 * 2 added the therapist's plans, exercise check-offs and check-ins; 3 renamed `planId` to `sessionId`
 * (drinks) and `carePlanId` (check-offs, check-ins); 4 filed drinks under a day (`day`, `sessionId`
 * optional) and gave plans their `day` (records/legacyRecords.ts). Files of versions 1–3 still import.
 */
export const BACKUP_VERSION = 4;
/** Far above a decade of daily use; a larger file is not ours, or is damaged. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
const MAX_RECORDS = 100_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  settings: Settings;
  sessions: SessionRecord[];
  drinks: DrinkRecord[];
  carePlans: CarePlanRecord[];
  exerciseChecks: ExerciseCheck[];
  checkIns: CheckInRecord[];
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: string };

/** Wraps everything the app keeps in the current backup format. */
export function makeBackup(parts: Omit<Backup, 'format' | 'version'>): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...parts };
}

/** Parses and checks a backup file's text. Never throws. */
export function readBackupText(text: string): BackupCheck {
  if (text.length > MAX_BACKUP_BYTES) return refuse('This file is too large to be an Aftercare backup.');
  if (text.trim() === '') return refuse('This file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('This file is damaged or incomplete (it is not valid JSON), so nothing was imported.');
  }
  return checkBackup(data);
}

function refuse(error: string): BackupCheck {
  return { ok: false, error };
}

/** The key a record is stored under; two different records under one key can't both be imported. */
function recordKey(item: unknown): string {
  const r = item as Record<string, unknown>;
  return String(r.id ?? r.checkInId ?? JSON.stringify([r.carePlanId, r.exerciseId, r.localDate, r.round]));
}

function firstProblem<T>(items: unknown, what: string, check: (v: unknown) => string | undefined): string | undefined {
  if (!Array.isArray(items)) return `The ${what} list is missing.`;
  if (items.length > MAX_RECORDS) return `The file holds too many ${what}s.`;
  const ids = new Map<string, string>();
  for (const [index, item] of (items as T[]).entries()) {
    const problem = check(item);
    if (problem) return `The ${what} at position ${index + 1} ${problem}.`;
    const id = recordKey(item);
    const json = JSON.stringify(item);
    if (ids.has(id) && ids.get(id) !== json) return `The file holds two different ${what}s with the same id.`;
    ids.set(id, json);
  }
  return undefined;
}

/** Checks parsed data in full; any problem refuses the whole file. */
export function checkBackup(data: unknown): BackupCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse('This is not an Aftercare backup file.');
  const file = data as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) return refuse('This is not an Aftercare backup file.');
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) return refuse('This backup has no valid version number.');
  if (file.version > BACKUP_VERSION) return refuse('This backup was made by a newer version of Aftercare. Update the app, then import it again.');
  if (typeof file.exportedAt !== 'number' || !Number.isFinite(file.exportedAt)) return refuse('This backup has no valid export date.');
  const settingsErrors = Object.values(validateSettings((file.settings ?? {}) as Partial<Settings>));
  if (typeof file.settings !== 'object' || file.settings === null || settingsErrors.length > 0) {
    return refuse(`The settings in this backup are not valid: ${settingsErrors[0] ?? 'they are missing'}`);
  }
  // Version 1 files had no therapist's plans yet.
  const v2 = { carePlans: file.carePlans ?? [], exerciseChecks: renamed(file.exerciseChecks ?? [], 'carePlanId'), checkIns: renamed(file.checkIns ?? [], 'carePlanId') };
  const sessions = Array.isArray(file.sessions) && file.version < 4 ? file.sessions.map(legacySession) : file.sessions;
  const drinks = file.version < 4 ? legacyDrinks(renamed(file.drinks, 'sessionId'), sessions, file.settings as Settings) : file.drinks;
  const problem =
    firstProblem(sessions, 'session', sessionRecordProblem) ??
    firstProblem(drinks, 'drink', drinkRecordProblem) ??
    firstProblem(v2.carePlans, 'plan', carePlanRecordProblem) ??
    firstProblem(v2.exerciseChecks, 'exercise check-off', exerciseCheckProblem) ??
    firstProblem(v2.checkIns, 'check-in', checkInRecordProblem);
  if (problem) return refuse(problem);
  const sessionIds = new Set((sessions as SessionRecord[]).map((s) => s.id));
  if ((drinks as DrinkRecord[]).some((d) => d.sessionId !== undefined && !sessionIds.has(d.sessionId))) return refuse('A drink in this backup belongs to a session that is not in it.');
  const carePlanIds = new Set((v2.carePlans as CarePlanRecord[]).map((p) => p.id));
  const orphan = [...(v2.exerciseChecks as ExerciseCheck[]), ...(v2.checkIns as CheckInRecord[])].some((r) => !carePlanIds.has(r.carePlanId));
  if (orphan) return refuse('A check-off or check-in in this backup belongs to a plan that is not in it.');
  const checkedSessions = (sessions as SessionRecord[]).map(withContractReminderIds);
  const parts = { sessions: checkedSessions, drinks, ...v2 } as Pick<Backup, 'sessions' | 'drinks' | 'carePlans' | 'exerciseChecks' | 'checkIns'>;
  return { ok: true, backup: { ...(file as unknown as Backup), ...parts, version: BACKUP_VERSION } };
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

/**
 * A file may carry water reminder ids of any shape (an older version's, or edited by hand: up to 140
 * characters, repeats); the push server refuses those, so they are remade as the contract makes them.
 */
function withContractReminderIds(session: SessionRecord): SessionRecord {
  const reminders = session.plan.reminders.map((r, index) => ({ ...r, id: reminderIds.water(session.id, index) }));
  return { ...session, plan: { ...session.plan, reminders } };
}
