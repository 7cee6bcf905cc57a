import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { satisfiedWaterReminderIds, waterReminders, type AppReminder } from '../../../src/domain/reminders/appReminders';
import { decideNotifications } from '../../../src/domain/reminders/notificationDecision';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';

const MIN = 60_000;
const endedAt = Date.UTC(2026, 5, 10, 12, 0); // 13:00 in London (BST)
const plan = planHydration({
  sessionId: 'p',
  session: { kind: 'deep-tissue', pressure: 'deep', usualGlassesPerDay: 3, endedAt },
  settings: DEFAULT_SETTINGS,
  timeZone: 'Europe/London',
});

describe('water reminders', () => {
  it('are one per glass still to drink, and vanish once logging satisfies them', () => {
    expect(waterReminders(plan, 0).map((r) => r.id)).toEqual(plan.reminders.map((r) => r.id));
    expect(waterReminders(plan, 2).map((r) => r.id)).toEqual(plan.reminders.slice(2).map((r) => r.id));
    expect(waterReminders(plan, plan.goalGlasses)).toEqual([]);
    expect(satisfiedWaterReminderIds(plan, 2)).toEqual(plan.reminders.slice(0, 2).map((r) => r.id));
    expect(satisfiedWaterReminderIds(plan, plan.goalGlasses)).toHaveLength(plan.goalGlasses);
  });

  it('say nothing about the massage itself', () => {
    for (const r of waterReminders(plan, 0)) expect(`${r.title} ${r.body}`).not.toMatch(/deep|tissue|massage|pressure/i);
  });
});

describe('deciding what to show', () => {
  const reminders = waterReminders(plan, 0);
  const [first, second, third] = reminders as [AppReminder, AppReminder, AppReminder];

  it('shows a due reminder once, and sets a timer for the next', () => {
    const d = decideNotifications(reminders, new Set(), first.at + MIN);
    expect(d.show.map((r) => r.id)).toEqual([first.id]);
    expect(d.next?.id).toBe(second.id);
    const again = decideNotifications(reminders, new Set(d.handled.map((h) => h.id)), first.at + 2 * MIN);
    expect(again.show).toEqual([]);
  });

  it('collapses missed reminders into one, worded as what is left', () => {
    const d = decideNotifications(reminders, new Set(), third.at + MIN, { water: { glassesToGo: 5, dueByLabel: '22:30' } });
    expect(d.show).toHaveLength(1);
    expect(d.show[0]!.id).toBe(third.id);
    expect(d.show[0]!.body).toBe('5 glasses to go before 22:30.');
    expect(d.handled.map((h) => h.how)).toEqual(['collapsed', 'collapsed', 'shown']);
  });

  it('drops expired reminders quietly', () => {
    const d = decideNotifications(reminders, new Set(), plan.dueBy + 2 * 3_600_000);
    expect(d.show).toEqual([]);
    expect(d.handled.every((h) => h.how === 'expired')).toBe(true);
    expect(d.next).toBeUndefined();
  });

  it('never shows a reminder twice and never more than one per kind, however the checks fall', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -60, max: 16 * 60 }), { minLength: 1, maxLength: 30 }), (offsets) => {
        const handled = new Set<string>();
        const shown: string[] = [];
        for (const offset of [...offsets].sort((a, b) => a - b)) {
          const d = decideNotifications(reminders, handled, endedAt + offset * MIN);
          expect(d.show.length).toBeLessThanOrEqual(1);
          for (const r of d.show) shown.push(r.id);
          for (const h of d.handled) handled.add(h.id);
        }
        expect(new Set(shown).size).toBe(shown.length);
      }),
      { numRuns: 300 },
    );
  });
});
