/**
 * Today's water as reminders, for the reminder runtime: the current plan's still unsatisfied ones
 * and tomorrow's plan's. Loaded on demand with the day model, so neither weighs on the first screen.
 */
import { todayWater, wholeGlasses } from '../../domain/hydration';
import { satisfiedWaterReminderIds, waterReminders, type AppReminder, type CatchUpContext } from '../../domain/reminders';
import { formatClockTime } from '../../domain/time';
import { deviceTimeZone } from '../deviceTimeZone';
import { recentDrinks, recentSessions, settings } from '../hydration/hydrationSignals';

export interface WaterNow {
  reminders: AppReminder[];
  /** Ids logging has made pointless: their notifications are closed. */
  satisfied: string[];
  context?: CatchUpContext['water'];
}

/** The water reminders as they stand at `at` (the day model worked out for that moment). */
export function waterNow(at: number): WaterNow {
  const { current, upcoming } = todayWater(at, recentSessions.value, recentDrinks.value, settings.value, deviceTimeZone());
  const reminders = [
    ...(current ? waterReminders(current.session.plan, current.counted) : []),
    ...(upcoming ? waterReminders(upcoming.plan, 0) : []),
  ];
  if (!current) return { reminders, satisfied: [] };
  return {
    reminders,
    satisfied: satisfiedWaterReminderIds(current.session.plan, current.counted),
    context: {
      glassesToGo: Math.max(0, current.goal - wholeGlasses(current.counted)),
      dueByLabel: formatClockTime(current.session.plan.dueBy, current.session.plan.timeZone),
    },
  };
}
