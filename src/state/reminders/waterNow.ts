/**
 * Today's water as reminders, for the reminder runtime: the current plan's still unsatisfied ones
 * and tomorrow's plan's. Loaded on demand with the day model, so neither weighs on the first screen.
 */
import { wholeGlasses } from '../../domain/hydration';
import { satisfiedWaterReminderIds, waterReminders, type AppReminder } from '../../domain/reminders';
import type { CatchUpContext } from '../../domain/reminders/notificationDecision';
import { formatClockTime } from '../../domain/time';
import { todayState } from '../hydration/dayState';

export interface WaterNow {
  reminders: AppReminder[];
  /** Ids logging has made pointless: their notifications are closed. */
  satisfied: string[];
  context?: CatchUpContext['water'];
}

export function waterNow(): WaterNow {
  const { current, upcoming } = todayState.value;
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
