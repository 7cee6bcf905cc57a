import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { now, recentSessions, settings } from '../../../src/state/hydration/hydrationSignals';
import { currentSession } from '../../../src/state/hydration/dayState';
import { store } from '../../../src/state/data/storeState';
import { isPaused, pauseRemindersForToday, resumeReminders, setReminderSpacing, setWaterReminders } from '../../../src/state/reminders/reminderControls';
import { upcomingReminders } from '../../../src/state/reminders/reminderRuntime';
import type { SessionRecord } from '../../../src/storage/schema';
import { resetAppState } from '../components/testState';

// 10:00 in New York on an ordinary day; the plan's reminders run 10:15 … 22:00.
const NOW = Date.parse('2026-05-01T10:00:00-04:00');
const HOUR = 3_600_000;

async function startPlan(): Promise<SessionRecord> {
  const session = { kind: 'deep-tissue' as const, pressure: 'medium' as const, usualGlassesPerDay: 3, endedAt: NOW };
  const plan = planHydration({ sessionId: 's1', session, settings: DEFAULT_SETTINGS, timeZone: 'America/New_York' });
  const record = { id: 's1', createdAt: NOW, session, plan, glassMl: 250 };
  await store.value.addSession(record);
  recentSessions.value = [record];
  return record;
}

beforeEach(() => {
  resetAppState();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  now.value = NOW;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone: 'America/New_York' } as Intl.ResolvedDateTimeFormatOptions);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the client’s reminder controls', () => {
  it('pause for today holds every reminder until local midnight, and resume brings them back', async () => {
    await startPlan();
    expect(await upcomingReminders(NOW)).toHaveLength(5);
    await pauseRemindersForToday(NOW);
    expect(settings.value.remindersPausedUntil).toBe(Date.parse('2026-05-02T00:00:00-04:00'));
    expect(isPaused(NOW)).toBe(true);
    expect(await upcomingReminders(NOW)).toEqual([]);
    expect((await store.value.getSettings()).remindersPausedUntil).toBe(settings.value.remindersPausedUntil);
    await resumeReminders();
    expect(isPaused(NOW)).toBe(false);
    expect(await upcomingReminders(NOW)).toHaveLength(5);
  });

  it('water reminders off leaves no water reminder, on brings them back', async () => {
    await startPlan();
    await setWaterReminders(false);
    expect(await upcomingReminders(NOW)).toEqual([]);
    await setWaterReminders(true);
    expect((await upcomingReminders(NOW)).map((r) => r.kind)).toEqual(['water', 'water', 'water', 'water', 'water']);
  });

  it('a new spacing moves the running plan’s reminders still to come, and is kept for new plans', async () => {
    const record = await startPlan();
    await setReminderSpacing(60, NOW + 4 * HOUR);
    const times = currentSession.value!.plan.reminders.map((r) => r.at);
    expect(times.slice(0, 2)).toEqual(record.plan.reminders.slice(0, 2).map((r) => r.at));
    expect(times[3]! - times[2]!).toBe(HOUR);
    expect((await store.value.latestSession())?.plan.reminders.map((r) => r.at)).toEqual(times);
    expect(settings.value.reminderSpacingMin).toBe(60);
  });
});
