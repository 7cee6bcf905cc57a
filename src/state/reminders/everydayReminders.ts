import { signal } from '@preact/signals-core';
import type { EverydayReminders } from '../../domain/hydration';

/**
 * Water reminders the client asked for on a day without a session, as stored (the policy, and why
 * the ask is for one day only: domain/hydration/everydayReminders.ts). Its own module, like
 * heldReminders.ts, so the store sync and the runtime's water list read it without the controls.
 */
export const everydayReminders = signal<EverydayReminders | undefined>(undefined);

/** The reminders asked for on waking day `today`; a day's ask never carries to the next. */
export function everydayRemindersOn(today: string): EverydayReminders | undefined {
  const asked = everydayReminders.value;
  return asked?.day === today ? asked : undefined;
}
