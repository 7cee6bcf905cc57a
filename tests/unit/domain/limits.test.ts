// @vitest-environment node
/** Limits are written once: what a form allows, a backup record and a report link are held to the same. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readBackupText } from '../../../src/domain/backup/backupFormat';
import { isKnownTimeZone } from '../../../src/domain/checks/jsonGuards';
import { CARE_PLAN_LIMITS, EXERCISE_LIMITS, REPORT_LIMITS, SESSION_LIMITS, SETTINGS_LIMITS } from '../../../src/domain/limits';
import { validateSettings } from '../../../src/domain/settings/settingsSchema';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { TIME_ZONE_NAME_MAX_CHARS } from '../../../src/contract/timeZoneName.js';
import { validBackup } from '../../fixtures/backups';

/** A copy of the valid backup with one change, as text. */
function backupWith(change: (file: typeof validBackup) => void): string {
  const file = structuredClone(validBackup);
  change(file);
  return JSON.stringify(file);
}

describe('limits', () => {
  it('holds a stored session to the settings form’s glass sizes and the intake form’s usual glasses', () => {
    const glass = SETTINGS_LIMITS.glassMl;
    expect(validateSettings({ ...DEFAULT_SETTINGS, glassMl: glass.max })).toEqual({});
    expect(readBackupText(backupWith((file) => void (file.sessions[0]!.glassMl = glass.max))).ok).toBe(true);
    expect(readBackupText(backupWith((file) => void (file.sessions[0]!.glassMl = glass.max + 1)))).toMatchObject({ ok: false, error: expect.stringMatching(/impossible glass size/) });
    const usual = SESSION_LIMITS.usualGlassesPerDay.max;
    expect(readBackupText(backupWith((file) => void (file.sessions[0]!.session.usualGlassesPerDay = usual))).ok).toBe(true);
    expect(readBackupText(backupWith((file) => void (file.sessions[0]!.session.usualGlassesPerDay = usual + 1)))).toMatchObject({ ok: false, error: expect.stringMatching(/usual water/) });
  });

  it('holds a stored check-off to the exercise form’s sets and times a day', () => {
    const ok = backupWith((file) => Object.assign(file.exerciseChecks[0]!, { round: EXERCISE_LIMITS.timesPerDay.max, setsDone: EXERCISE_LIMITS.sets.max }));
    expect(readBackupText(ok).ok).toBe(true);
    for (const change of [{ round: EXERCISE_LIMITS.timesPerDay.max + 1 }, { setsDone: EXERCISE_LIMITS.sets.max + 1 }]) {
      expect(readBackupText(backupWith((file) => Object.assign(file.exerciseChecks[0]!, change)))).toMatchObject({ ok: false, error: expect.stringMatching(/impossible counts/) });
    }
  });

  it('derives the most sets a report may count in a week from the plan’s own limits', () => {
    expect(REPORT_LIMITS.maxSetsAWeek).toBe(CARE_PLAN_LIMITS.maxExercises * EXERCISE_LIMITS.sets.max * EXERCISE_LIMITS.timesPerDay.max * 7);
  });

  it('shares the time zone limit with the server through a module plain Node imports as it is', () => {
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e',
      "const m = await import('./src/contract/timeZoneName.js'); console.log(m.TIME_ZONE_NAME_MAX_CHARS);"], { encoding: 'utf8' });
    expect(Number(printed)).toBe(TIME_ZONE_NAME_MAX_CHARS);
    expect(isKnownTimeZone('America/Argentina/ComodRivadavia')).toBe(true);
    expect(isKnownTimeZone(`Etc/${'X'.repeat(TIME_ZONE_NAME_MAX_CHARS)}`)).toBe(false);
  });
});
