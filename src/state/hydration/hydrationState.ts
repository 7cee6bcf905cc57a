import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import type { DrinkRecord, SessionRecord } from '../../storage/schema';

export const settings = signal<Settings>({ ...DEFAULT_SETTINGS });

/**
 * Sessions saved in the last few days, newest first: every plan today's water can depend on
 * (today's, one carried over from yesterday, tomorrow's, yesterday's for its result). What they
 * mean for today is worked out in dayState.ts, which loads after the first screen.
 */
export const recentSessions = signal<SessionRecord[]>([]);

/** Drinks filed under the days around today, oldest first. */
export const recentDrinks = signal<DrinkRecord[]>([]);

/** Ticks every half minute so "next reminder" and the day itself stay current. */
export const now = signal(Date.now());

/** False until the first read from storage finished, so screens don't flash an empty state. */
export const loaded = signal(false);

