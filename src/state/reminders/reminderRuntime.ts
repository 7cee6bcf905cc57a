/**
 * The page's road for reminders: while the app is open or in the background, a timer shows each
 * due reminder through the service worker registration, tagged with the reminder's id. On every
 * open and every return to the tab, missed reminders are caught up (collapsed, never a burst).
 * At night and in quiet hours nothing pops up: what is due is listed in the app (`heldReminders`)
 * and shown as a notification at the end of that rest, if it still matters then.
 */
import { signal } from '@preact/signals-core';
import { notificationOptions } from '../../contract/reminders.js';
import { activeLocale } from '../../domain/i18n';
import { decideNotifications, type AppReminder } from '../../domain/reminders';
import { activeCarePlan, checkInAnswers, exerciseChecks } from '../carePlan/carePlanState';
import { deviceTimeZone } from '../deviceTimeZone';
import { settings } from '../hydration/hydrationSignals';
import { heldReminders } from './heldReminders';
import { pushState } from './pushState';
import { store } from '../data/storeState';
import type { WaterNow } from './waterNow';

/** The next reminder this page has a timer for; shown on screen. */
export const nextScheduledReminder = signal<AppReminder | undefined>(undefined);


let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | undefined;
/** setTimeout misbehaves past 2^31-1 ms; far reminders are re-checked on the way. */
const MAX_TIMER_MS = 6 * 3_600_000;

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  return (await navigator.serviceWorker.getRegistration()) ?? undefined;
}

function canNotify(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

async function show(reminder: AppReminder): Promise<void> {
  // The same options (tag, actions, data) the service worker gives a push: one contract. The
  // reminder's words were made in the language the app speaks now (a switch re-makes them), so the buttons follow it.
  const options: NotificationOptions = notificationOptions({ ...reminder, lang: activeLocale() });
  const reg = await registration();
  if (reg) await reg.showNotification(reminder.title, options);
  else new Notification(reminder.title, options);
}

/** Closes notifications that logging has made pointless. */
async function closeSatisfied(ids: string[]): Promise<void> {
  const reg = await registration();
  if (!reg || ids.length === 0) return;
  const open = await reg.getNotifications();
  for (const n of open) if (ids.includes(n.tag)) n.close();
}

/** Today's water as reminders; the day model loads here, off the first screen. */
async function waterNow(at: number): Promise<WaterNow> {
  return (await import('./waterNow')).waterNow(at);
}

/**
 * All reminders the plans still have, including snoozed ones coming back, as the client's controls
 * allow: none before a pause ends (those are dropped, not caught up afterwards), no plan water ones
 * when water reminders are off (those asked for today on a day without a session still come: the
 * ask was explicit).
 */
async function currentReminders(at: number, water?: WaterNow): Promise<AppReminder[]> {
  const { waterReminders: waterOn = true, remindersPausedUntil: pausedUntil = 0 } = settings.value;
  return (await plannedReminders(at, waterOn, water ?? (await waterNow(at)))).filter((r) => r.at >= pausedUntil);
}

async function plannedReminders(at: number, waterOn: boolean, water: WaterNow): Promise<AppReminder[]> {
  const waterList = [...(waterOn ? water.reminders : []), ...water.asked];
  const base = [...waterList, ...(await carePlanRemindersNow(at))];
  // A snoozed reminder comes back as itself, under an id of its own, unless logging has satisfied it
  // meanwhile (satisfied water reminders are no longer in `base`).
  const byId = new Map(base.map((r) => [r.id, r]));
  const snoozed = (await store.value.listSnoozes()).flatMap((s): AppReminder[] => {
    const original = byId.get(s.reminderId);
    return original ? [{ ...original, id: s.id, at: s.at, expiresAt: s.at + 3_600_000 }] : [];
  });
  return [...base, ...snoozed];
}

/** The therapist's plan's reminders; their code loads only for clients who have such a plan. */
async function carePlanRemindersNow(at: number): Promise<AppReminder[]> {
  const record = activeCarePlan.value;
  if (!record) return [];
  // By file, not through domain/reminders: that index is on the first screen, the care-plan schedule is not.
  const { carePlanReminders } = await import('../../domain/reminders/carePlanReminders');
  return carePlanReminders({
    plan: record.plan, acceptedAt: record.acceptedAt, settings: settings.value,
    checks: exerciseChecks.value, answers: checkInAnswers.value, now: at, appointmentChanges: record.appointmentChanges,
  });
}

async function runCheck(now: number): Promise<void> {
  const water = await waterNow(now);
  // Satisfied reminders are left out of the list rather than logged, so an Undo brings them back.
  await closeSatisfied(water.satisfied);
  const handled = await store.value.handledReminderIds();
  const { restEndsAt } = await import('../../domain/time/restTime');
  const rest = restEndsAt(now, settings.value, deviceTimeZone());
  const decision = decideNotifications(await currentReminders(now, water), handled, now, water.context ? { water: water.context } : {}, rest);
  heldReminders.value = decision.held;
  const shownIds = new Set<string>();
  if (canNotify()) {
    for (const reminder of decision.show) {
      await show(reminder);
      shownIds.add(reminder.id);
    }
  }
  // Only what was really shown (or was expired, or folded into a shown one) counts as handled.
  const done = decision.handled.filter((h) => h.how === 'expired' || canNotify());
  await store.value.markRemindersHandled(done.map((h) => ({ ...h, handledAt: now })));
  nextScheduledReminder.value = decision.next;
  schedule(decision.holdUntil ?? decision.next?.at, now);
  if (pushState.value === 'on') schedulePushSync();
}

/** Reminders still to come and not yet handled on this device: what the push server should send. */
export async function upcomingReminders(now = Date.now()): Promise<AppReminder[]> {
  const handled = await store.value.handledReminderIds();
  return (await currentReminders(now)).filter((r) => r.at > now && !handled.has(r.id));
}

let pushSyncTimer: ReturnType<typeof setTimeout> | undefined;
/** Logging several glasses in a row re-syncs the server once. */
function schedulePushSync(): void {
  clearTimeout(pushSyncTimer);
  pushSyncTimer = setTimeout(async () => {
    const [{ syncPush }, list] = await Promise.all([import('./pushSync'), upcomingReminders()]);
    await syncPush(list);
  }, 2_000);
}

function schedule(at: number | undefined, now: number): void {
  clearTimeout(timer);
  if (at === undefined) return;
  timer = setTimeout(() => void checkReminders(), Math.min(Math.max(0, at - now), MAX_TIMER_MS));
}

/** Shows what is due, catches up what was missed, and sets the timer for the next one. Never overlaps itself. */
export function checkReminders(now = Date.now()): Promise<void> {
  running = (running ?? Promise.resolve()).then(() => runCheck(now)).catch((error: Error) => {
    console.warn('Reminder check failed', error.name);
  });
  return running;
}
