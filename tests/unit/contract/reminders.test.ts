import { describe, expect, it } from 'vitest';
import {
  isReminderId, KIND_RULES, notificationActions, notificationOptions, originalReminderId, REMINDER_KINDS, REMINDER_LIMITS, reminderIds, snoozeOf, SNOOZE_MS,
} from '../../../src/contract/reminders.js';
import { CARE_PLAN_LIMITS } from '../../../src/domain/carePlan';

const NOW = Date.UTC(2026, 10, 22, 9, 0);
const SESSION = '3f2b9c1e-8d4a-4b6f-9e2d-7a1c5b8e0f63';
const PLAN = 'plan-0123456789abcdef';

describe('the reminder contract', () => {
  it('makes ids the server accepts, even snoozed, for the longest owners the app makes', () => {
    const ids = [
      reminderIds.water(SESSION, 29), reminderIds.exercise(PLAN, '2026-11-22', 6), reminderIds.checkIn(PLAN, 'week-26'),
      reminderIds.appointment(PLAN, NOW + 366 * 86_400_000),
    ];
    for (const id of ids) {
      expect(isReminderId(id), id).toBe(true);
      expect(isReminderId(snoozeOf(id, NOW).id)).toBe(true);
    }
  });

  it('snoozing a snoozed reminder snoozes the original: the id never grows', () => {
    const first = snoozeOf(reminderIds.water(SESSION, 0), NOW);
    const again = snoozeOf(first.id, NOW + 60_000);
    expect(again).toEqual({ id: `${SESSION}:water:0:snoozed:${NOW + 60_000}`, reminderId: `${SESSION}:water:0`, at: NOW + 60_000 + SNOOZE_MS });
    expect(originalReminderId(again.id)).toBe(`${SESSION}:water:0`);
  });

  it('gives every kind a Snooze button, and water "Log a glass" too', () => {
    for (const kind of REMINDER_KINDS) expect(notificationActions(kind).map((a) => a.action)).toContain('snooze');
    expect(notificationActions('water').map((a) => a.action)).toEqual(['log-glass', 'snooze']);
    expect(notificationOptions({ id: 'a:check-in:baseline', kind: 'check-in', body: 'b' })).toMatchObject({ tag: 'a:check-in:baseline', data: { url: KIND_RULES['check-in'].url, kind: 'check-in' } });
  });

  it('reaches exactly as far ahead as the longest plan the app can make', () => {
    expect(REMINDER_LIMITS.horizonMs).toBe(CARE_PLAN_LIMITS.appointmentMaxDaysAhead * 86_400_000);
  });
});
