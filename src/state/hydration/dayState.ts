/**
 * Today's water, worked out from the recent sessions and drinks (domain/hydration/hydrationToday.ts):
 * which plan is current, tomorrow's plan, earlier plans today, today's own log and yesterday's result.
 * Only screens after the first one (and the reminder runtime, on demand) load this module.
 */
import { computed } from '@preact/signals-core';
import { todayWater, type TodayWater } from '../../domain/hydration';
import type { SessionRecord } from '../../storage/schema';
import { deviceTimeZone } from '../deviceTimeZone';
import { now, recentDrinks, recentSessions, settings } from './hydrationSignals';

export const todayState = computed<TodayWater<SessionRecord>>(() =>
  todayWater(now.value, recentSessions.value, recentDrinks.value, settings.value, deviceTimeZone()));

/** The plan glasses count toward now, if any. */
export const currentSession = computed(() => todayState.value.current?.session);

/** The glass size a "+1 glass" pours: the current plan's, or the one in Settings. */
export const glassMlNow = computed(() => currentSession.value?.glassMl ?? settings.value.glassMl);
