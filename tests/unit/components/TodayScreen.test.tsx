import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TodayScreen } from '../../../src/components/hydration/TodayScreen';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';
import type { MassageKind } from '../../../src/domain/session/sessionKinds';
import { now, recentDrinks, recentSessions, settings } from '../../../src/state/hydration/hydrationSignals';
import { notificationPermission } from '../../../src/state/reminders/notificationPermission';
import { store } from '../../../src/state/data/storeState';
import type { SessionRecord } from '../../../src/storage/schema';
import { resetAppState } from './testState';

function startPlan(kind: MassageKind = 'deep-tissue'): SessionRecord {
  const endedAt = Date.now() - 10 * 60_000;
  const session = { kind, pressure: 'deep' as const, usualGlassesPerDay: 3, endedAt };
  // A day with no night to speak of, so the plan is today's whenever the test runs.
  settings.value = { ...DEFAULT_SETTINGS, wakeTime: '00:00', bedtime: '23:59' };
  const plan = planHydration({ sessionId: 'plan-1', session, settings: settings.value, timeZone: 'Europe/London' });
  const record = { id: 'plan-1', createdAt: endedAt, session, plan, glassMl: 250 };
  recentSessions.value = [record];
  return record;
}

beforeEach(resetAppState);
afterEach(cleanup);

describe('TodayScreen', () => {
  it('invites a new user to start when there is no plan', () => {
    render(<TodayScreen />);
    expect(screen.getByRole('heading', { name: 'No plan yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start after my massage' })).toBeTruthy();
  });

  it('shows the goal, the ring and what counts', () => {
    startPlan();
    render(<TodayScreen />);
    expect(screen.getByRole('heading', { name: 'Your plan for today' })).toBeTruthy();
    // Issue 10: one set of numbers; the headline names the goal the ring fills to, not the range.
    expect(screen.getByText(/^5 glasses by /)).toBeTruthy();
    expect(screen.getByRole('img', { name: '0 of 5 glasses' })).toBeTruthy();
    const guide = screen.getByRole('heading', { name: 'What to drink' }).parentElement!;
    expect(within(guide).getByText('Unsweetened brewed iced tea')).toBeTruthy();
    expect(within(guide).getByText(/Coffee/)).toBeTruthy();
    expect(within(guide).getByText(/fatigue, achiness and cramping/)).toBeTruthy();
  });

  it('logs water in one tap, counts it, and undoes it', async () => {
    startPlan();
    render(<TodayScreen />);
    fireEvent.click(screen.getByRole('button', { name: '+1 glass of water' }));
    await screen.findByRole('img', { name: '1 of 5 glasses' });
    fireEvent.click(screen.getByRole('button', { name: '+1 glass of water' }));
    await screen.findByRole('img', { name: '2 of 5 glasses' });
    expect(await store.value.drinksForSession('plan-1')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('img', { name: '1 of 5 glasses' });
    expect(await store.value.drinksForSession('plan-1')).toHaveLength(1);
  });

  it("saves coffee, shows it as not counting, with a kind note", async () => {
    startPlan();
    render(<TodayScreen />);
    // Two taps: the drink, then its size.
    fireEvent.click(screen.getByRole('button', { name: 'Coffee' }));
    fireEvent.click(screen.getByRole('button', { name: /^Cup/ }));
    expect(await screen.findByText(/coffee doesn't count toward today's water goal/)).toBeTruthy();
    expect(screen.getByRole('img', { name: '0 of 5 glasses' })).toBeTruthy();
    const list = screen.getByRole('heading', { name: "Today's drinks" }).parentElement!;
    expect(within(list).getByText('doesn’t count')).toBeTruthy();
  });

  it('edits a drink and deletes another from the list', async () => {
    startPlan();
    render(<TodayScreen />);
    fireEvent.click(screen.getByRole('button', { name: '+1 glass of water' }));
    await screen.findByRole('img', { name: '1 of 5 glasses' });
    fireEvent.click(screen.getByRole('button', { name: /^Edit Water/ }));
    fireEvent.input(screen.getByLabelText('Amount'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('img', { name: '2 of 5 glasses' });
    expect((await store.value.drinksForSession('plan-1'))[0]?.volumeMl).toBe(500);
    fireEvent.click(screen.getByRole('button', { name: /^Delete Water/ }));
    await screen.findByRole('img', { name: '0 of 5 glasses' });
    await waitFor(() => expect(recentDrinks.value).toEqual([]));
  });

  it('refuses an amount of 5 litres in words', async () => {
    startPlan();
    render(<TodayScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Iced tea' }));
    fireEvent.click(screen.getByRole('button', { name: 'Other amount' }));
    fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'ml' } });
    fireEvent.input(screen.getByLabelText('Amount'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log drink' }));
    expect(await screen.findByText('Enter an amount between 10 ml and 2 litres.')).toBeTruthy();
    expect(await store.value.drinksForSession('plan-1')).toEqual([]);
  });

  it('offers the glass, then this drink’s cups and bottles, in the user’s unit', () => {
    startPlan();
    render(<TodayScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Coffee' }));
    const sizes = screen.getByRole('group', { name: 'Coffee: how much?' });
    const names = within(sizes).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Glass1 glass', 'Espresso0.1 glasses', 'Cup0.8 glasses', 'Mug1.2 glasses', 'Other amount', 'Cancel']);
  });

  it('deletes a drink with an undo that brings it back as it was', async () => {
    startPlan();
    render(<TodayScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Tea' }));
    fireEvent.click(screen.getByRole('button', { name: /^Mug/ }));
    await screen.findByRole('img', { name: '1.2 of 5 glasses' });
    const [logged] = await store.value.drinksForSession('plan-1');
    fireEvent.click(screen.getByRole('button', { name: /^Delete Unsweetened hot tea/ }));
    await screen.findByText(/^Deleted: Tea, 1\.2 glasses\./);
    await screen.findByRole('img', { name: '0 of 5 glasses' });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('img', { name: '1.2 of 5 glasses' });
    expect(await store.value.drinksForSession('plan-1')).toEqual([logged]);
  });

  it('moves a drink to another time the same day', async () => {
    startPlan();
    render(<TodayScreen />);
    fireEvent.click(screen.getByRole('button', { name: '+1 glass of water' }));
    await screen.findByRole('img', { name: '1 of 5 glasses' });
    const [logged] = await store.value.drinksForSession('plan-1');
    fireEvent.click(screen.getByRole('button', { name: /^Edit Water/ }));
    // One minute back keeps the same local day except in the first minute after midnight.
    const earlier = new Date(logged!.at - 60_000);
    const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(earlier);
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: clock } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await store.value.drinksForSession('plan-1'))[0]?.at).toBe(Math.floor((logged!.at - 60_000) / 60_000) * 60_000));
  });

  it('celebrates the moment a log meets the goal, and only then', async () => {
    startPlan();
    const { unmount } = render(<TodayScreen />);
    for (let n = 1; n <= 4; n++) {
      fireEvent.click(screen.getByRole('button', { name: '+1 glass of water' }));
      await screen.findByRole('img', { name: `${n} of 5 glasses` });
    }
    expect(screen.queryByText('Goal reached!')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '+1 glass of water' }));
    expect(await screen.findByText('Goal reached!')).toBeTruthy();
    expect(screen.getByText('Goal reached!').closest('[role="status"]')).toBeTruthy();
    unmount();
    render(<TodayScreen />);
    expect(screen.queryByText('Goal reached!')).toBeNull();
  });

  // Issue 10: any waking day is valid, so one may have no room for reminders; Today says so.
  it('says so plainly when the waking day has no room for reminders', () => {
    const record = startPlan();
    settings.value = { ...settings.value, quietHours: [{ start: '00:00', end: '23:59' }] };
    const plan = planHydration({ sessionId: 'plan-1', session: record.session, settings: settings.value, timeZone: 'Europe/London' });
    recentSessions.value = [{ ...record, plan }];
    render(<TodayScreen />);
    expect(screen.getByText('No room for reminders in your waking day.')).toBeTruthy();
    expect(screen.getByRole('img', { name: '0 of 5 glasses' })).toBeTruthy();
  });

  it('asks for a physician’s approval after a prenatal session', () => {
    startPlan('prenatal');
    render(<TodayScreen />);
    expect(screen.getByText(/check this plan with your physician/)).toBeTruthy();
  });
});

// Issue 10: a day without a session has no reminders unless the client asks, for that day only.
describe('TodayScreen on a day without a session', () => {
  const NOON = Date.parse('2026-05-01T12:00:00-04:00');

  beforeEach(() => {
    vi.useFakeTimers({ now: NOON, toFake: ['Date'] });
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone: 'America/New_York' } as Intl.ResolvedDateTimeFormatOptions);
    now.value = NOON;
    notificationPermission.value = 'granted';
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    notificationPermission.value = 'default';
  });

  it('offers water reminders for today, off until asked; asked, they are kept and say what comes', async () => {
    recentDrinks.value = [{ id: 'd1', day: '2026-05-01', at: NOON - 3_600_000, beverage: 'water', volumeMl: 250 }];
    render(<TodayScreen />);
    expect(screen.getByText(/with no reminders unless you ask for them under Reminders/)).toBeTruthy();
    const ask = screen.getByRole('checkbox', { name: /Remind me to drink today/ });
    expect((ask as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByLabelText('Water reminders come')).toBeNull();
    fireEvent.click(ask);
    await waitFor(() => expect((ask as HTMLInputElement).checked).toBe(true));
    // Seven glasses to go, 12:15 … 22:00.
    expect(screen.getByText(/On for today: 7 more, the last at (22:00|10:00\sPM), none after bedtime\./)).toBeTruthy();
    expect(screen.getByText(/with the reminders you asked for today/)).toBeTruthy();
    expect(screen.getByLabelText('Water reminders come')).toBeTruthy();
    expect((await store.value.everydayReminders())?.reminders).toHaveLength(7);
    fireEvent.click(ask);
    await waitFor(() => expect((ask as HTMLInputElement).checked).toBe(false));
    expect(await store.value.everydayReminders()).toBeUndefined();
  });

  it('with nothing logged yet the switch is there too, and says so honestly when the day has no room left', async () => {
    settings.value = { ...DEFAULT_SETTINGS, wakeTime: '11:00', bedtime: '12:30' };
    render(<TodayScreen />);
    expect(screen.getByRole('heading', { name: 'No plan yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Remind me to drink today/ }));
    expect(await screen.findByText('On for today, but what is left of your waking day has no room for a reminder.')).toBeTruthy();
  });
});
