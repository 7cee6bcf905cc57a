/** The user's own settings: their day, their glass, their units. Kept apart from the rules table so
 * the first screen can read defaults without loading the plan engine. */
/** A daytime period without reminders, e.g. a meeting. Clock times 'HH:mm', start before end. */
export interface QuietPeriod {
  start: string;
  end: string;
}

export type VolumeUnit = 'ml' | 'floz' | 'glass';

/** Minutes between water reminders the client may choose; the plan's minimum spacing is the smallest. */
export const REMINDER_SPACINGS = [30, 45, 60, 90] as const;
export type ReminderSpacing = (typeof REMINDER_SPACINGS)[number];

export interface Settings {
  /** Local clock time 'HH:mm'. */
  wakeTime: string;
  /** Local clock time 'HH:mm', any but wakeTime: after midnight when earlier (time/wakingDay.ts). */
  bedtime: string;
  quietHours: QuietPeriod[];
  glassMl: number;
  unit: VolumeUnit;
  /** Usual glasses a day from which a client counts as already drinking a good amount. */
  goodDailyGlasses: number;
  // The reminder controls below came later; settings stored before them lack them, so each is
  // optional and its absence means the default.
  /** Water reminders at all; absent means on. */
  waterReminders?: boolean;
  /** Minutes between water reminders; absent spreads them evenly over the rest of the day. */
  reminderSpacingMin?: ReminderSpacing;
  /** Epoch ms: no reminder of any kind comes before it ("pause for today"). */
  remindersPausedUntil?: number;
  /** The client's own clock times for exercise reminders, one per round, in the order the waking day meets them; absent for the app's choice. */
  exerciseTimes?: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  wakeTime: '07:00',
  bedtime: '22:30',
  quietHours: [],
  glassMl: 250,
  unit: 'glass',
  goodDailyGlasses: 8,
};
