import { signal } from '@preact/signals-core';
import type { AppReminder } from '../../domain/reminders';

/**
 * Reminders that fell due during the night or quiet hours: listed in the app, not popped up
 * (reminderRuntime.ts sets them). Its own module so screens can read it without importing the
 * runtime, whose on-demand code would otherwise tangle the bundle's chunks.
 */
export const heldReminders = signal<AppReminder[]>([]);
