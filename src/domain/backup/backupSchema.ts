/**
 * The checks on a backup file, in two steps around the upgrade of older formats: the header (what
 * file this is, which version, the settings), then every record and how they refer to each other.
 * Both run with abortEarly: one problem refuses the whole file, and the first one found is named.
 */
import * as v from 'valibot';
import type { ExerciseCheck } from '../exercises/exerciseSchedule';
import { isRecord } from '../checks/jsonGuards';
import { checked, field } from '../checks/schemaParts';
import { RECORD_SCHEMAS } from '../records/recordSchemas';
import type { CarePlanRecord, CheckInRecord, DrinkRecord, SessionRecord } from '../records/records';
import { settingsSchemaFor } from '../settings/settingsSchema';
import { BACKUP_LIMITS } from '../limits/limits';
import { backupText, type BackupMessages } from '../i18n/en/backup';

/** The marker every Aftercare backup file carries in its `format` field. */
export const BACKUP_FORMAT = 'aftercare-backup';
/**
 * 2 added the therapist's plans, exercise check-offs and check-ins; 3 renamed `planId` to `sessionId`
 * (drinks) and `carePlanId` (check-offs, check-ins); 4 filed drinks under a day (`day`, `sessionId`
 * only while a plan was current) and gave plans their `day`. Files of versions 1–3 still import.
 */
export const BACKUP_VERSION = 4;

type RecordList = keyof BackupMessages['lists'];

/** The record lists of a backup, each with its sentences ("The drink at position 3 …"). */
const RECORD_LISTS: readonly RecordList[] = ['sessions', 'drinks', 'carePlans', 'exerciseChecks', 'checkIns'];
const isRecordList = (key: unknown): key is RecordList => RECORD_LISTS.includes(key as RecordList);

/** A message valibot reads when a check fails, so in the language of that moment. */
const say = (pick: (words: BackupMessages) => string) => () => pick(backupText());
const NOT_A_BACKUP = say((t) => t.notABackup);

/** What file this is, which version, and its settings: checked before older formats are upgraded. */
export const backupHeader = v.pipe(
  checked(isRecord, NOT_A_BACKUP),
  v.object({
    format: checked((value): value is typeof BACKUP_FORMAT => value === BACKUP_FORMAT, NOT_A_BACKUP),
    version: v.pipe(
      checked((value): value is number => Number.isInteger(value) && (value as number) >= 1, say((t) => t.noVersion)),
      v.maxValue(BACKUP_VERSION, say((t) => t.newerVersion)),
    ),
    exportedAt: checked((value): value is number => typeof value === 'number' && Number.isFinite(value), say((t) => t.noExportDate)),
    settings: field(v.pipe(v.unknown(), v.check(isRecord, say((t) => t.settingsMissing)), settingsSchemaFor())),
  }),
);

/** The key a record is stored under; two different records under one key can't both be imported. */
function recordKey(item: Record<string, unknown>): string {
  return String(item.id ?? item.checkInId ?? JSON.stringify([item.carePlanId, item.exerciseId, item.localDate, item.round]));
}

function hasConflictingKeys(items: readonly unknown[]): boolean {
  const seen = new Map<string, string>();
  return items.some((item) => {
    const key = recordKey(item as Record<string, unknown>);
    const json = JSON.stringify(item);
    if (seen.has(key) && seen.get(key) !== json) return true;
    seen.set(key, json);
    return false;
  });
}

function recordList(key: RecordList) {
  return v.pipe(
    checked(Array.isArray, say((t) => t.lists[key].missing)),
    v.maxLength(BACKUP_LIMITS.maxRecordsPerList, say((t) => t.lists[key].tooMany)),
    v.array(RECORD_SCHEMAS[key]!),
    v.check((items) => !hasConflictingKeys(items), say((t) => t.lists[key].sameId)),
  );
}

/** The record lists of a backup, as the current version names them. */
export interface BackupRecords {
  sessions: SessionRecord[];
  drinks: DrinkRecord[];
  carePlans: CarePlanRecord[];
  exerciseChecks: ExerciseCheck[];
  checkIns: CheckInRecord[];
}

/** Checks records that an upgraded file holds; the output is not used, the records are kept as read. */
export const backupRecords = v.pipe(
  v.object(Object.fromEntries(RECORD_LISTS.map((key) => [key, recordList(key)]))),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const file = dataset.value as unknown as BackupRecords;
    const sessionIds = new Set(file.sessions.map((session) => session.id));
    const carePlanIds = new Set(file.carePlans.map((plan) => plan.id));
    if (file.drinks.some((drink) => drink.sessionId !== undefined && !sessionIds.has(drink.sessionId))) {
      addIssue({ message: backupText().drinkOfMissingSession });
    } else if ([...file.exerciseChecks, ...file.checkIns].some((record) => !carePlanIds.has(record.carePlanId))) {
      addIssue({ message: backupText().recordOfMissingPlan });
    }
  }),
);

/** The sentence for an issue: which record it is about, or that it is about the settings. */
export function backupProblem(issue: v.BaseIssue<unknown>): string {
  const [list, index] = (issue.path ?? []).map((item) => item.key);
  if (list === 'settings') return backupText().settingsInvalid(issue.message);
  return isRecordList(list) && typeof index === 'number' ? backupText().lists[list].at(index + 1, issue.message) : issue.message;
}
