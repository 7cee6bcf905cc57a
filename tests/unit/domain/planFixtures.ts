/** Builders shared by the plan tests. */
import { DEFAULT_RULES, type HydrationRules } from '../../../src/domain/hydration/rules';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings/settings';
import { planHydration, type HydrationPlan } from '../../../src/domain/hydration/hydrationPlan';
import type { MassageKind, Pressure } from '../../../src/domain/session/sessionKinds';
import { localText } from './localClock';

export interface PlanOptions {
  kind?: MassageKind;
  pressure?: Pressure;
  usual?: number;
  settings?: Partial<Settings>;
  rules?: Partial<HydrationRules>;
}

/** Deep tissue for someone who drinks little: five glasses, unless options say otherwise. */
export function plan(endedAt: number, timeZone: string, options: PlanOptions = {}): HydrationPlan {
  return planHydration({
    sessionId: 'plan-1',
    session: {
      kind: options.kind ?? 'deep-tissue',
      pressure: options.pressure ?? 'medium',
      usualGlassesPerDay: options.usual ?? 3,
      endedAt,
    },
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    timeZone,
    rules: { ...DEFAULT_RULES, ...options.rules },
  });
}

/** Reminder times as local "YYYY-MM-DD HH:mm", carried ones marked with " +1". */
export function reminderTimes(result: HydrationPlan): string[] {
  return result.reminders.map((reminder) => localText(reminder.at, result.timeZone) + (reminder.nextMorning ? ' +1' : ''));
}

export function gapsInMinutes(result: HydrationPlan): number[] {
  return result.reminders.slice(1).map((reminder, i) => (reminder.at - result.reminders[i]!.at) / 60_000);
}
