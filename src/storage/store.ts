import type { Settings } from '../domain/settings';
import type { EverydayReminders } from '../domain/hydration';
import type { ImportSummary, StoredData } from './repos/backupRepo';
import type { TodayData, TodayWindow } from './repos/todayRepo';
import type { ExerciseCheck } from '../domain/exercises';
import type { AppointmentChange } from '../domain/carePlan';
import type { CalendarExportState, CarePlanRecord, CheckInRecord, DrinkRecord, ReminderLogRecord, SessionRecord, SnoozeRecord } from './schema';

/**
 * What the app keeps, whatever keeps it: IndexedDB normally, memory when IndexedDB is
 * unavailable (private mode, blocked), so the current visit still works.
 */
export interface AftercareStore {
  readonly kind: 'indexeddb' | 'memory';
  /**
   * Everything the first screen and Today show (settings, the sessions and drinks of `window`, the
   * latest care plan with its check-offs and check-ins) as one snapshot: one transaction in IndexedDB.
   */
  readToday(window: TodayWindow): Promise<TodayData>;
  getSettings(): Promise<Settings>;
  putSettings(settings: Settings): Promise<void>;
  /** Newest first. */
  listSessions(): Promise<SessionRecord[]>;
  latestSession(): Promise<SessionRecord | undefined>;
  /** Saved at or after `createdAt`, newest first. */
  sessionsSince(createdAt: number): Promise<SessionRecord[]>;
  addSession(record: SessionRecord): Promise<void>;
  /** Replaces a saved session (its plan re-spaced, say). */
  putSession(record: SessionRecord): Promise<void>;
  /** Oldest first. */
  drinksForSession(sessionId: string): Promise<DrinkRecord[]>;
  /** Filed under the days `from`…`to` ('YYYY-MM-DD', both included), by day then time. */
  drinksForDays(from: string, to: string): Promise<DrinkRecord[]>;
  allDrinks(): Promise<DrinkRecord[]>;
  putDrink(drink: DrinkRecord): Promise<void>;
  deleteDrink(id: string): Promise<void>;
  /** A consistent snapshot of everything, for a backup file. */
  readEverything(): Promise<StoredData>;
  /** Adds what is not here yet, in one transaction; all or nothing. */
  mergeBackup(data: StoredData): Promise<ImportSummary>;
  /** Removes every record for good. */
  deleteEverything(): Promise<void>;
  handledReminderIds(): Promise<Set<string>>;
  markRemindersHandled(records: ReminderLogRecord[]): Promise<void>;
  listSnoozes(): Promise<SnoozeRecord[]>;
  /** The notification buttons' actions (storage/quickActions.ts). */
  logGlassOfWater(now: number): Promise<DrinkRecord>;
  snoozeReminder(reminderId: string, now: number): Promise<SnoozeRecord>;
  latestCarePlan(): Promise<CarePlanRecord | undefined>;
  getCarePlan(id: string): Promise<CarePlanRecord | undefined>;
  /** Saves an accepted plan and, when given, the hydration session made from it, in one transaction. */
  acceptCarePlan(record: CarePlanRecord, session?: SessionRecord): Promise<void>;
  /** Records that one appointment of a care plan's series was moved or cancelled (replacing what was said before). */
  changeAppointment(carePlanId: string, change: AppointmentChange): Promise<void>;
  checksForCarePlan(carePlanId: string): Promise<ExerciseCheck[]>;
  putExerciseCheck(check: ExerciseCheck): Promise<void>;
  checkInsForCarePlan(carePlanId: string): Promise<CheckInRecord[]>;
  putCheckIn(answer: CheckInRecord): Promise<void>;
  calendarExportState(): Promise<CalendarExportState>;
  /** Water reminders asked for on a day without a session, if any (storage/repos/settingsRepo.ts). */
  everydayReminders(): Promise<EverydayReminders | undefined>;
  /** Keeps them, or forgets them when `undefined` (turned off). */
  putEverydayReminders(reminders: EverydayReminders | undefined): Promise<void>;
  /** The push subscription's owner secret, made on first use (storage/pushOwnerRepo.ts). */
  pushOwnerSecret(): Promise<string>;
  putCalendarExportState(state: CalendarExportState): Promise<void>;
}
