/**
 * The hydration state the first screen reads: plain signals with no domain rules behind them, so
 * Home can show and pick its first action without loading the day model. What they mean for today
 * (which plan is current, tomorrow's plan, today's own log, yesterday's result) is worked out in
 * dayState.ts, which loads after the first screen.
 */
import { signal } from '@preact/signals-core';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import type { DrinkRecord, SessionRecord } from '../../storage/schema';

export const settings = signal<Settings>({ ...DEFAULT_SETTINGS });

/**
 * Sessions saved in the last few days, newest first: every plan today's water can depend on
 * (today's, one carried over from yesterday, tomorrow's, yesterday's for its result).
 */
export const recentSessions = signal<SessionRecord[]>([]);

/** Drinks filed under the days around today, oldest first. */
export const recentDrinks = signal<DrinkRecord[]>([]);

/** Ticks every half minute so "next reminder" and the day itself stay current. */
export const now = signal(Date.now());

/** False until the first read from storage finished, so screens don't flash an empty state. */
export const loaded = signal(false);
