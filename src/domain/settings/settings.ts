/** The user's own settings: their day, their glass, their units. Kept apart from the rules table so
 * the first screen can read defaults without loading the plan engine. */
/** A daytime period without reminders, e.g. a meeting. Clock times 'HH:mm', start before end. */
export interface QuietPeriod {
  start: string;
  end: string;
}

export type VolumeUnit = 'ml' | 'floz' | 'glass';

export interface Settings {
  /** Local clock time 'HH:mm'. */
  wakeTime: string;
  /** Local clock time 'HH:mm', later than wakeTime on the same day. */
  bedtime: string;
  quietHours: QuietPeriod[];
  glassMl: number;
  unit: VolumeUnit;
  /** Usual glasses a day from which a client counts as already drinking a good amount. */
  goodDailyGlasses: number;
}

export const DEFAULT_SETTINGS: Settings = {
  wakeTime: '07:00',
  bedtime: '22:30',
  quietHours: [],
  glassMl: 250,
  unit: 'glass',
  goodDailyGlasses: 8,
};
