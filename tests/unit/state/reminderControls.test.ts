import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { now, recentDrinks, recentSessions, settings } from '../../../src/state/hydration/hydrationSignals';
import { currentSession } from '../../../src/state/hydration/dayState';
import { store } from '../../../src/state/data/storeState';
import { isPaused, pauseRemindersForToday, resumeReminders, setEverydayReminders, setReminderSpacing, setWaterReminders } from '../../../src/state/reminders/reminderControls';
import { everydayReminders } from '../../../src/state/reminders/everydayReminders';
import { glassOfWater } from '../../../src/domain/hydration/quickDrink';
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

// Issue 10: a day without a session has no reminders unless the client asks, and then for that day only.
describe('water reminders asked for on a day without a session', () => {
  const ids = async (at: number) => (await upcomingReminders(at)).map((r) => r.id);

  it('are none until asked for; asked, they lead to the everyday amount, are kept, and are what push is sent', async () => {
    expect(await upcomingReminders(NOW)).toEqual([]);
    const drink = glassOfWater([], DEFAULT_SETTINGS, NOW - HOUR, 'd1', 'America/New_York');
    await store.value.putDrink(drink);
    recentDrinks.value = [drink];
    await setEverydayReminders(true, NOW);
    const asked = everydayReminders.value!;
    expect(asked.day).toBe('2026-05-01');
    expect(asked.reminders.map((r) => r.glassNumber)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(await store.value.everydayReminders()).toEqual(asked);
    // upcomingReminders is the list the push server is synced with.
    const upcoming = await upcomingReminders(NOW);
    expect(upcoming.map((r) => r.id)).toEqual(asked.reminders.map((r) => r.id));
    expect(upcoming.every((r) => r.kind === 'water' && r.at > NOW && r.expiresAt === asked.dueBy)).toBe(true);
  });

  it('turned off, are gone at once, from the store too', async () => {
    await setEverydayReminders(true, NOW);
    await setEverydayReminders(false, NOW + HOUR);
    expect(everydayReminders.value).toBeUndefined();
    expect(await store.value.everydayReminders()).toBeUndefined();
    expect(await upcomingReminders(NOW + HOUR)).toEqual([]);
  });

  it('are for that day only: the next day starts without them', async () => {
    await setEverydayReminders(true, NOW);
    expect(await ids(NOW + 24 * HOUR)).toEqual([]);
  });

  it('come even with plan water reminders switched off (the ask was explicit), and a session that day takes over', async () => {
    await setWaterReminders(false);
    await setEverydayReminders(true, NOW);
    expect(await ids(NOW)).toHaveLength(8);
    await setWaterReminders(true);
    await startPlan();
    expect(await ids(NOW)).toEqual(currentSession.value!.plan.reminders.map((r) => r.id));
  });

  it('follow a new spacing for the ones still to come, like a running plan', async () => {
    await setEverydayReminders(true, NOW);
    const before = everydayReminders.value!.reminders.map((r) => r.at);
    await setReminderSpacing(30, NOW + 2 * HOUR);
    const times = everydayReminders.value!.reminders.map((r) => r.at);
    // 10:15 and 11:55 are past and stay; the rest follow from 12:25, 30 minutes apart.
    expect(times.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(times.slice(2).map((at, i) => at - (times[i + 1] ?? 0))).toEqual(Array(6).fill(30 * 60_000));
    expect((await store.value.everydayReminders())?.reminders.map((r) => r.at)).toEqual(times);
  });
});
