/**
 * Today's water as reminders, for the reminder runtime: the current plan's still unsatisfied ones,
 * tomorrow's plan's, and on a day without a session the ones the client asked for. Loaded on demand
 * with the day model, so none of it weighs on the first screen.
 */
import { todayWater, wholeGlasses } from '../../domain/hydration';
import { everydayWaterReminders, satisfiedWaterReminderIds, waterReminders, type AppReminder, type CatchUpContext } from '../../domain/reminders';
import { formatClockTime } from '../../domain/time';
import { deviceTimeZone } from '../deviceTimeZone';
import { recentDrinks, recentSessions, settings } from '../hydration/hydrationSignals';
import { everydayRemindersOn } from './everydayReminders';

export interface WaterNow {
  /** The plans' reminders: the water reminders switch in Settings governs these. */
  reminders: AppReminder[];
  /** Asked for today, a day without a session: the ask itself turned them on, whatever the switch says. */
  asked: AppReminder[];
  /** Ids logging has made pointless: their notifications are closed. */
  satisfied: string[];
  context?: CatchUpContext['water'];
}

const context = (goal: number, counted: number, dueBy: number, timeZone: string): CatchUpContext['water'] => ({
  glassesToGo: Math.max(0, goal - wholeGlasses(counted)),
  dueByLabel: formatClockTime(dueBy, timeZone),
});

/** The water reminders as they stand at `at` (the day model worked out for that moment). */
export function waterNow(at: number): WaterNow {
  const { today, current, upcoming, own } = todayWater(at, recentSessions.value, recentDrinks.value, settings.value, deviceTimeZone());
  const reminders = [
    ...(current ? waterReminders(current.session.plan, current.counted) : []),
    ...(upcoming ? waterReminders(upcoming.plan, 0) : []),
  ];
  if (current) {
    const { plan } = current.session;
    return { reminders, asked: [], satisfied: satisfiedWaterReminderIds(plan, current.counted), context: context(current.goal, current.counted, plan.dueBy, plan.timeZone) };
  }
  // A session logged after asking takes over: its plan's reminders, not these.
  const everyday = everydayRemindersOn(today);
  if (!everyday) return { reminders, asked: [], satisfied: [] };
  return {
    reminders,
    asked: everydayWaterReminders(everyday, own.counted),
    satisfied: satisfiedWaterReminderIds(everyday, own.counted),
    context: context(everyday.goalGlasses, own.counted, everyday.dueBy, everyday.timeZone),
  };
}
