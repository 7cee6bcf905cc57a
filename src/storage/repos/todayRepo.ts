import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import type { EverydayReminders } from '../../domain/hydration';
import type { ExerciseCheck } from '../../domain/exercises';
import { EVERYDAY_REMINDERS_KEY, PENDING_DAY_FILING_KEY, SETTINGS_KEY, type CarePlanRecord, type CheckInRecord, type DrinkRecord, type SessionRecord } from '../schema';

/** Which records Today needs: sessions saved since a moment, and the drinks of a few days. */
export interface TodayWindow {
  /** Sessions saved at or after this moment (ms). */
  sessionsSince: number;
  /** Drinks filed under the days `fromDay`…`toDay` ('YYYY-MM-DD', both included). */
  fromDay: string;
  toDay: string;
}

/** Everything the first screen and Today show, read as one consistent snapshot. */
export interface TodayData {
  settings: Settings;
  /** Newest first. */
  sessions: SessionRecord[];
  /** By day then time. */
  drinks: DrinkRecord[];
  /** The most recently accepted care plan, with its check-offs and check-in answers. */
  carePlan: CarePlanRecord | undefined;
  checks: ExerciseCheck[];
  checkIns: CheckInRecord[];
  /** Water reminders asked for on a day without a session, if any (issue 10). */
  everydayReminders: EverydayReminders | undefined;
}

const STORES = ['settings', 'sessions', 'drinks', 'carePlans', 'exerciseChecks', 'checkIns'] as const;

/**
 * Reads Today's records in one readonly transaction, every request issued at once, through indexes
 * and key ranges so a year of history is never touched. Plain IndexedDB rather than idb: main.tsx
 * runs it (earlyOpen.ts) on the connection it opened before the storage code loaded, where every
 * byte counts against the first screen. `dayFilingPending` says the v4 filing (db.ts) has not run
 * yet, so drinks are not all under their days and this read must be done again after it.
 */
export function readToday(db: IDBDatabase, window: TodayWindow): Promise<{ today: TodayData; dayFilingPending: boolean }> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORES, 'readonly');
    const store = (name: (typeof STORES)[number]) => tx.objectStore(name);
    const data: TodayData = { settings: DEFAULT_SETTINGS, sessions: [], drinks: [], carePlan: undefined, checks: [], checkIns: [], everydayReminders: undefined };
    let dayFilingPending = false;
    // Done when the last request has answered, not at `complete`: a readonly transaction has nothing
    // to commit, and waiting for it would cost one more trip to IndexedDB.
    let pending = 0;
    const read = <T>(request: IDBRequest<T>, use: (result: T) => void) => {
      pending++;
      request.onsuccess = () => {
        use(request.result);
        if (--pending === 0) resolve({ today: data, dayFilingPending });
      };
    };
    read(store('settings').get(SETTINGS_KEY), (stored: Partial<Settings> | undefined) => (data.settings = { ...DEFAULT_SETTINGS, ...stored }));
    read(store('settings').getKey(PENDING_DAY_FILING_KEY), (key) => (dayFilingPending = key !== undefined));
    read(store('settings').get(EVERYDAY_REMINDERS_KEY), (asked: EverydayReminders | undefined) => (data.everydayReminders = asked));
    read(store('sessions').index('by-createdAt').getAll(IDBKeyRange.lowerBound(window.sessionsSince)), (list) => (data.sessions = list.reverse()));
    read(store('drinks').index('by-day-at').getAll(IDBKeyRange.bound([window.fromDay, -Infinity], [window.toDay, Infinity])), (list) => (data.drinks = list));
    // The latest care plan's own records need its id: asked for in the same transaction once it is known.
    read(store('carePlans').index('by-acceptedAt').openCursor(null, 'prev'), (cursor) => {
      const carePlan = (data.carePlan = cursor?.value as CarePlanRecord | undefined);
      if (!carePlan) return;
      read(store('exerciseChecks').index('by-care-plan-date').getAll(IDBKeyRange.bound([carePlan.id, ''], [carePlan.id, '\uffff'])), (list) => (data.checks = list));
      read(store('checkIns').index('by-care-plan').getAll(carePlan.id), (list) => (data.checkIns = list));
    });
    tx.onabort = () => reject(tx.error ?? new DOMException('Reading today was aborted', 'AbortError'));
  });
}
