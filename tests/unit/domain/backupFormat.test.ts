import { describe, expect, it } from 'vitest';
import { isReminderId, reminderIds } from '../../../src/contract/reminders.js';
import { readBackupText } from '../../../src/domain/backup/backupFormat';
import { corruptBackups, validBackup } from '../../fixtures/backups';

describe('reading a backup file', () => {
  it('accepts a valid file as it is', () => {
    const result = readBackupText(JSON.stringify(validBackup));
    expect(result).toEqual({ ok: true, backup: validBackup });
  });

  it('accepts the same record twice when it is identical', () => {
    const doubled = { ...validBackup, drinks: [...validBackup.drinks, validBackup.drinks[0]] };
    expect(readBackupText(JSON.stringify(doubled)).ok).toBe(true);
  });

  it('has at least 20 kinds of broken file to refuse', () => {
    expect(corruptBackups.length).toBeGreaterThanOrEqual(20);
  });

  it.each(corruptBackups)('refuses %s with a message', (_what, text, message) => {
    const result = readBackupText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('remakes water reminder ids the push server would refuse (any characters, too long, repeated)', () => {
    const file = JSON.parse(JSON.stringify(validBackup));
    const session = file.sessions[0];
    session.plan.reminders = session.plan.reminders.map((r: { id: string }, i: number) => ({ ...r, id: i % 2 ? 'same id!' : `x${'y'.repeat(130)}` }));
    const result = readBackupText(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.backup.sessions[0]!.plan.reminders.map((r) => r.id);
    expect(ids).toEqual(ids.map((_, i) => reminderIds.water(session.id, i)));
    expect(ids.every(isReminderId)).toBe(true);
  });

  it('refuses a file far too large without parsing it', () => {
    const result = readBackupText(' '.repeat(21 * 1024 * 1024));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });
});
