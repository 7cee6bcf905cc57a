/**
 * The hydration state the first screen reads: plain signals with no domain rules behind them, so
 * Home can show and pick its first action without loading the counting code (hydrationState.ts).
 */
import { computed, signal } from '@preact/signals-core';
import { isPlanCurrent } from '../../domain/hydration';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import type { DrinkRecord, SessionRecord } from '../../storage/schema';

export const settings = signal<Settings>({ ...DEFAULT_SETTINGS });

/** The newest session: the plan "Today" shows. */
export const activeSession = signal<SessionRecord | undefined>(undefined);

/** The active plan's drinks, oldest first. */
export const drinks = signal<DrinkRecord[]>([]);

/** Ticks every half minute so "next reminder" and "plan ended" stay current. */
export const now = signal(Date.now());

/** False until the first read from storage finished, so screens don't flash an empty state. */
export const loaded = signal(false);

export const planIsCurrent = computed(() => {
  const session = activeSession.value;
  return !!session && isPlanCurrent(session.plan, now.value);
});
