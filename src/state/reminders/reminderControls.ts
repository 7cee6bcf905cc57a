/**
 * The client's own controls over reminders: pause for today, water reminders off or on, their
 * spacing, the times of the exercise reminders, and on a day without a session water reminders
 * for today. Each is saved at once (no Save button: a switch that needs a second tap to take effect
 * is a trap), then the page's timers and the push server follow.
 */
import { planEverydayReminders, respaceReminders } from '../../domain/hydration';
import { inWakingDayOrder } from '../../domain/exercises';
import type { ReminderSpacing, Settings } from '../../domain/settings';
import { startOfNextDay } from '../../domain/time';
import { currentSession, todayState } from '../hydration/dayState';
import { recentSessions, settings } from '../hydration/hydrationSignals';
import { deviceTimeZone } from '../deviceTimeZone';
import { guardedWrite, store } from '../data/storeState';
import { announceChange } from '../data/sync';
import { saveSettings } from '../settings/settingsActions';
import { everydayReminders } from './everydayReminders';
import { checkReminders } from './reminderRuntime';

async function change(patch: Partial<Settings>): Promise<void> {
  const errors = await saveSettings({ ...settings.value, ...patch });
  if (errors) throw new Error(Object.values(errors).join(' '));
  await checkReminders();
}

/** No reminder of any kind until local midnight; tomorrow's come as planned. */
export function pauseRemindersForToday(now = Date.now()): Promise<void> {
  return change({ remindersPausedUntil: startOfNextDay(now, deviceTimeZone()) });
}

export function resumeReminders(): Promise<void> {
  return change({ remindersPausedUntil: undefined });
}

export function isPaused(now = Date.now()): boolean {
  return (settings.value.remindersPausedUntil ?? 0) > now;
}

export function setWaterReminders(on: boolean): Promise<void> {
  return change({ waterReminders: on });
}

/**
 * New plans use the spacing; the plan running now, and water reminders asked for today, have their
 * reminders still to come moved to it.
 */
export async function setReminderSpacing(spacing: ReminderSpacing | undefined, now = Date.now()): Promise<void> {
  const errors = await saveSettings({ ...settings.value, reminderSpacingMin: spacing });
  if (errors) throw new Error(Object.values(errors).join(' '));
  const session = currentSession.value;
  if (session) {
    const plan = respaceReminders(session.plan, settings.value, now);
    if (plan !== session.plan) {
      const updated = { ...session, plan };
      await guardedWrite(() => store.value.putSession(updated));
      recentSessions.value = recentSessions.value.map((s) => (s.id === updated.id ? updated : s));
    }
  }
  const asked = everydayReminders.value;
  const respaced = asked && respaceReminders(asked, settings.value, now);
  if (respaced !== asked) await keepEverydayReminders(respaced);
  await checkReminders();
}

async function keepEverydayReminders(asked: typeof everydayReminders.value): Promise<void> {
  await guardedWrite(() => store.value.putEverydayReminders(asked));
  everydayReminders.value = asked;
  announceChange();
}

/**
 * On a day without a session, water reminders for the rest of today's everyday amount (on), or
 * none (off). For today only; domain/hydration/everydayReminders.ts has the policy and the why.
 */
export async function setEverydayReminders(on: boolean, now = Date.now()): Promise<void> {
  const countedGlasses = todayState.value.own.counted;
  await keepEverydayReminders(on ? planEverydayReminders({ now, settings: settings.value, timeZone: deviceTimeZone(), countedGlasses }) : undefined);
  await checkReminders();
}

/** `times` empty goes back to the app's choice; kept in the order the waking day meets them. */
export function setExerciseTimes(times: string[]): Promise<void> {
  return change({ exerciseTimes: times.length > 0 ? inWakingDayOrder(times, settings.value.wakeTime) : undefined });
}
