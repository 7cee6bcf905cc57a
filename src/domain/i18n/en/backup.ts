/**
 * A backup file that can't be imported, and why (domain/backup, domain/records). A record's problem
 * (`problem`) is a phrase that the list's `at` puts into a sentence about the record at a position.
 */
import { namespace } from '../active';

export const backup = {
  tooLarge: 'This file is too large to be an Aftercare backup.',
  empty: 'This file is empty.',
  notJson: 'This file is damaged or incomplete (it is not valid JSON), so nothing was imported.',
  notABackup: 'This is not an Aftercare backup file.',
  noVersion: 'This backup has no valid version number.',
  newerVersion: 'This backup was made by a newer version of Aftercare. Update the app, then import it again.',
  noExportDate: 'This backup has no valid export date.',
  /** `problem` is a settings check's sentence, or `settingsMissing`. */
  settingsInvalid: (problem: string) => `The settings in this backup are not valid: ${problem}`,
  settingsMissing: 'they are missing',
  drinkOfMissingSession: 'A drink in this backup belongs to a session that is not in it.',
  recordOfMissingPlan: 'A check-off or check-in in this backup belongs to a plan that is not in it.',
  /** One group per list of records in the file. */
  lists: {
    sessions: {
      missing: 'The session list is missing.',
      tooMany: 'The file holds too many sessions.',
      sameId: 'The file holds two different sessions with the same id.',
      at: (position: number, problem: string) => `The session at position ${position} ${problem}.`,
    },
    drinks: {
      missing: 'The drink list is missing.',
      tooMany: 'The file holds too many drinks.',
      sameId: 'The file holds two different drinks with the same id.',
      at: (position: number, problem: string) => `The drink at position ${position} ${problem}.`,
    },
    carePlans: {
      missing: 'The plan list is missing.',
      tooMany: 'The file holds too many plans.',
      sameId: 'The file holds two different plans with the same id.',
      at: (position: number, problem: string) => `The plan at position ${position} ${problem}.`,
    },
    exerciseChecks: {
      missing: 'The exercise check-off list is missing.',
      tooMany: 'The file holds too many exercise check-offs.',
      sameId: 'The file holds two different exercise check-offs with the same id.',
      at: (position: number, problem: string) => `The exercise check-off at position ${position} ${problem}.`,
    },
    checkIns: {
      missing: 'The check-in list is missing.',
      tooMany: 'The file holds too many check-ins.',
      sameId: 'The file holds two different check-ins with the same id.',
      at: (position: number, problem: string) => `The check-in at position ${position} ${problem}.`,
    },
  },
  /** What is wrong with one record, as the end of `at`'s sentence. */
  problem: {
    badReminder: 'one of its reminders is not valid',
    badDay: 'its day is not valid',
    badGlassRange: 'its glass range is not valid',
    badGoal: 'its goal is not valid',
    unknownTimeZone: 'its time zone is unknown',
    badTimes: 'its times are not valid',
    badReasons: 'its reasons are not valid',
    badFlags: 'its flags are not valid',
    badReminders: 'its reminders are not valid',
    noPlan: 'its plan is missing',
    noId: 'has no valid id',
    noDate: 'has no valid date',
    badGlassSize: 'has an impossible glass size',
    unknownMassage: 'has an unknown kind of massage',
    unknownPressure: 'has an unknown pressure',
    badUsualIntake: 'has an impossible usual water intake',
    noSessionTime: 'has no valid session time',
    noSessionDetails: 'has no session details',
    noPlanId: 'has no valid plan id',
    notASession: 'is not a session',
    noDay: 'has no valid day',
    noTime: 'has no valid time',
    unknownDrink: 'is an unknown drink',
    badAmount: 'has an impossible amount',
    notADrink: 'is not a drink',
    noIdOrDate: 'has no valid id or date',
    /** `reason` is the plan check's own sentence. */
    invalidPlan: (reason: string) => `is not a valid plan (${reason})`,
    idMismatch: 'does not match its id',
    badAppointmentChanges: 'has appointment changes that are not valid',
    noIds: 'has no valid ids',
    badCounts: 'has impossible counts',
    notACheckIn: 'is not a valid check-in',
    badScores: 'has scores outside 0–10',
    unknownAnswers: 'has unknown answers',
  },
};
export type BackupMessages = typeof backup;
export const backupText = namespace('backup', backup);
