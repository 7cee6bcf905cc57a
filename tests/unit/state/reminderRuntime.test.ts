// The page's reminder road: what it shows, what it never shows twice, what it folds into a catch-up,
// and how a snooze comes back. Notifications are faked at the registration, the way the app calls them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';
import { planEverydayReminders } from '../../../src/domain/hydration/everydayReminders';
import { everydayReminders } from '../../../src/state/reminders/everydayReminders';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { checkReminders, nextScheduledReminder, upcomingReminders } from '../../../src/state/reminders/reminderRuntime';
import { recentDrinks, recentSessions } from '../../../src/state/hydration/hydrationSignals';
import { store } from '../../../src/state/data/storeState';
import type { SessionRecord } from '../../../src/domain/records';
import { resetAppState } from '../components/testState';
import { loadCatalogue, useCatalogue } from '../../../src/domain/i18n';
import { language } from '../../../src/state/language/language';
import { chooseLanguage, LANGUAGE_KEY, languageChoice } from '../../../src/state/language/languageSwitch';

const MIN = 60_000;
const endedAt = Date.UTC(2026, 5, 10, 12, 0); // 13:00 in London (BST)
const session: SessionRecord = {
  id: 's1',
  createdAt: endedAt,
  glassMl: 250,
  session: { kind: 'deep-tissue', pressure: 'deep', usualGlassesPerDay: 3, endedAt },
  plan: planHydration({ sessionId: 's1', session: { kind: 'deep-tissue', pressure: 'deep', usualGlassesPerDay: 3, endedAt }, settings: DEFAULT_SETTINGS, timeZone: 'Europe/London' }),
};
const [first, second, third] = session.plan.reminders;

interface Shown { title: string; options: NotificationOptions & { actions?: Array<{ action: string; title: string }> }; close: () => void }
let shown: Shown[];
let open: Array<{ tag: string; close: () => void }>;

function grant(permission: NotificationPermission): void {
  vi.stubGlobal('Notification', Object.assign(function Notification() {}, { permission }));
}

beforeEach(async () => {
  resetAppState();
  shown = [];
  open = [];
  const registration = {
    showNotification: async (title: string, options: Shown['options']) => {
      const entry = { title, options, close: () => (open = open.filter((n) => n.tag !== options.tag)) };
      shown.push(entry);
      open.push({ tag: options.tag ?? '', close: entry.close });
    },
    getNotifications: async () => [...open],
  };
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration: async () => registration } });
  grant('granted');
  await store.value.addSession(session);
  recentSessions.value = [session];
  recentDrinks.value = [];
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the in-app reminder road', () => {
  it('shows a due reminder once, tagged with its id, with Log a glass and Snooze', async () => {
    await checkReminders(first!.at + MIN);
    expect(shown.map((s) => s.options.tag)).toEqual([first!.id]);
    expect(shown[0]!.options.actions?.map((a) => a.action)).toEqual(['log-glass', 'snooze']);
    await checkReminders(first!.at + 2 * MIN);
    expect(shown).toHaveLength(1);
    expect(nextScheduledReminder.value?.id).toBe(second!.id);
  });

  it('folds reminders missed while away into one catch-up notification', async () => {
    await checkReminders(third!.at + MIN);
    expect(shown).toHaveLength(1);
    expect(await store.value.handledReminderIds()).toEqual(new Set([first!.id, second!.id, third!.id]));
  });

  it('shows nothing and forgets nothing while notifications are not allowed', async () => {
    grant('denied');
    await checkReminders(first!.at + MIN);
    expect(shown).toEqual([]);
    expect(await store.value.handledReminderIds()).toEqual(new Set());
    grant('granted');
    await checkReminders(first!.at + 2 * MIN);
    expect(shown.map((s) => s.options.tag)).toEqual([first!.id]);
  });

  it('closes a reminder that logging has made pointless, and never shows it again', async () => {
    await checkReminders(first!.at + MIN);
    expect(open.map((n) => n.tag)).toEqual([first!.id]);
    recentDrinks.value = [{ id: 'd1', day: session.plan.day, sessionId: 's1', at: first!.at + 2 * MIN, beverage: 'water', volumeMl: 250 }];
    await checkReminders(first!.at + 3 * MIN);
    expect(open).toEqual([]);
    expect((await upcomingReminders(first!.at + 3 * MIN)).map((r) => r.id)).not.toContain(first!.id);
  });

  it('brings a snoozed reminder back 15 minutes later under its own id, once', async () => {
    await checkReminders(first!.at + MIN);
    const snooze = await store.value.snoozeReminder(first!.id, first!.at + 2 * MIN);
    await checkReminders(snooze.at - MIN);
    expect(shown).toHaveLength(1);
    await checkReminders(snooze.at + MIN);
    expect(shown.map((s) => s.options.tag)).toEqual([first!.id, snooze.id]);
    expect(shown[1]!.title).toBe(shown[0]!.title);
    await checkReminders(snooze.at + 2 * MIN);
    expect(shown).toHaveLength(2);
  });

  it('sets a timer that shows the next reminder when it falls due', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(first!.at - 10 * MIN);
    await checkReminders(first!.at - 10 * MIN);
    expect(shown).toEqual([]);
    expect(nextScheduledReminder.value?.id).toBe(first!.id);
    await vi.advanceTimersByTimeAsync(10 * MIN + 1);
    await vi.waitFor(() => expect(shown.map((s) => s.options.tag)).toEqual([first!.id]));
  });

  it('lists only what is still to come and not handled, for the push server', async () => {
    await checkReminders(first!.at + MIN);
    const upcoming = await upcomingReminders(first!.at + MIN);
    expect(upcoming[0]?.id).toBe(second!.id);
    expect(upcoming.every((r) => r.at > first!.at + MIN)).toBe(true);
  });

  it('shows reminders in the language the app speaks, buttons included', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    await checkReminders(first!.at + MIN);
    expect(shown[0]!.title).toBe('Es hora de tomar un vaso de agua');
    expect(shown[0]!.options.lang).toBe('es');
    expect(shown[0]!.options.actions?.map((a) => a.title)).toEqual(['Anotar un vaso', 'Posponer 15 min']);
  });

  it('re-makes the reminders it has scheduled when the language switches', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(first!.at - 10 * MIN);
    await checkReminders(first!.at - 10 * MIN);
    expect(nextScheduledReminder.value?.title).toBe('Time for a glass of water');
    try {
      await chooseLanguage('fr');
      await vi.waitFor(() => expect(nextScheduledReminder.value?.title).toBe('C’est l’heure d’un verre d’eau'));
      await vi.advanceTimersByTimeAsync(10 * MIN + 1);
      await vi.waitFor(() => expect(shown.map((s) => [s.title, s.options.lang])).toEqual([['C’est l’heure d’un verre d’eau', 'fr']]));
    } finally {
      language.value = 'en';
      languageChoice.value = 'phone';
      localStorage.removeItem(LANGUAGE_KEY);
    }
  });
});

// Issue 10: on a day without a session, water reminders come only when asked for, for that day.
describe('water reminders asked for on a day without a session', () => {
  const askedAt = Date.UTC(2026, 5, 12, 12, 0); // 13:00 in London, two days after the session
  const asked = planEverydayReminders({ now: askedAt, settings: DEFAULT_SETTINGS, timeZone: 'Europe/London', countedGlasses: 0 });
  const [firstAsked] = asked.reminders;
  const lastAsked = asked.reminders[asked.reminders.length - 1]!;

  beforeEach(() => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone: 'Europe/London' } as Intl.ResolvedDateTimeFormatOptions);
    recentSessions.value = [];
    everydayReminders.value = asked;
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows each once, by the same road as a plan’s, and nothing after bedtime', async () => {
    await checkReminders(firstAsked!.at + MIN);
    expect(shown.map((s) => [s.options.tag, s.options.body])).toEqual([[firstAsked!.id, 'Glass 1 of 8 today, your everyday amount.']]);
    await checkReminders(firstAsked!.at + 2 * MIN);
    expect(shown).toHaveLength(1);
    await checkReminders(lastAsked.at + MIN);
    expect(shown).toHaveLength(2);
    expect(await upcomingReminders(lastAsked.at + MIN)).toEqual([]);
    await checkReminders(asked.dueBy + MIN);
    expect(shown).toHaveLength(2);
  });

  it('shows none once turned off', async () => {
    everydayReminders.value = undefined;
    await checkReminders(firstAsked!.at + MIN);
    expect(shown).toEqual([]);
  });
});
