import { describe, expect, it } from 'vitest';
import { nextReminder } from '../../../src/domain/hydration/nextReminder';
import { utc } from './localClock';
import { plan } from './planFixtures';

// Reminders at 10:15, 13:11:15, 16:07:30, 19:03:45 and 22:00 New York time.
const result = plan(utc('2026-05-01T10:00:00-04:00'), 'America/New_York');
const [first, second, third, , fifth] = result.reminders;
const morning = utc('2026-05-01T10:05:00-04:00');

describe('nextReminder', () => {
  it('is the first reminder before anything is drunk', () => {
    expect(nextReminder(result, 0, morning)).toBe(first);
  });

  it('skips the reminders for glasses already drunk', () => {
    expect(nextReminder(result, 2, morning)).toBe(third);
    expect(nextReminder(result, 2.4, morning)).toBe(third);
  });

  it('reads a glass count a hair under a whole number as that number', () => {
    expect(nextReminder(result, 1.9999999999, morning)).toBe(third);
  });

  it('does not go back for reminders already past', () => {
    expect(nextReminder(result, 0, second!.at + 1)).toBe(third);
    expect(nextReminder(result, 0, second!.at)).toBe(second);
  });

  it('is undefined once the goal is met or nothing is left', () => {
    expect(nextReminder(result, 5, morning)).toBeUndefined();
    expect(nextReminder(result, 7.5, morning)).toBeUndefined();
    expect(nextReminder(result, 4.9999999999, morning)).toBeUndefined();
    expect(nextReminder(result, 1, fifth!.at + 1)).toBeUndefined();
  });
});
