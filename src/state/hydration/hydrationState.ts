import { computed, signal } from '@preact/signals';
import { nextReminder } from '../../domain/hydration';
import { countedGlasses, isPlanCurrent } from '../../domain/hydration';
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

export const glassesCounted = computed(() => {
  const session = activeSession.value;
  return session ? countedGlasses(drinks.value, session.glassMl) : 0;
});

export const upcomingReminder = computed(() => {
  const session = activeSession.value;
  return session ? nextReminder(session.plan, glassesCounted.value, now.value) : undefined;
});

export const planIsCurrent = computed(() => {
  const session = activeSession.value;
  return !!session && isPlanCurrent(session.plan, now.value);
});
