import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { EverydayReminders } from '../domain/hydration';
import { checkKey as storedCheckKey } from './repos/checkKey';
import { withAppointmentChange } from '../domain/carePlan';
import { snoozeOf } from '../domain/reminders';
import type { ExerciseCheck } from '../domain/exercises';
import type { CarePlanRecord, CheckInRecord, DrinkRecord, ReminderLogRecord, SessionRecord, SnoozeRecord } from './schema';
import type { AftercareStore } from './store';

const byDayThenTime = (list: DrinkRecord[]) => list.sort((a, b) => (a.day === b.day ? a.at - b.at : a.day < b.day ? -1 : 1));

/** Keeps everything for this visit only; used when IndexedDB can't be opened. */
export function memoryStore(): AftercareStore {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let calendarExport = { fingerprint: '', sequence: 0 };
  let ownerSecret: string | undefined;
  let everyday: EverydayReminders | undefined;
  const sessions = new Map<string, SessionRecord>();
  const drinks = new Map<string, DrinkRecord>();
  const reminderLog = new Map<string, ReminderLogRecord>();
  const snoozes = new Map<string, SnoozeRecord>();
  const carePlans = new Map<string, CarePlanRecord>();
  const checks = new Map<string, ExerciseCheck>();
  const checkIns = new Map<string, CheckInRecord>();
  const checkKey = (c: ExerciseCheck) => JSON.stringify(storedCheckKey(c));
  const newestFirst = () => [...sessions.values()].sort((a, b) => b.createdAt - a.createdAt);
  const latestCarePlan = () => [...carePlans.values()].sort((a, b) => b.acceptedAt - a.acceptedAt)[0];
  const drinksForDays = (from: string, to: string) => byDayThenTime([...drinks.values()].filter((d) => d.day >= from && d.day <= to));
  const checksFor = (carePlanId: string) => [...checks.values()].filter((c) => c.carePlanId === carePlanId);
  const checkInsFor = (carePlanId: string) => [...checkIns.values()].filter((c) => c.carePlanId === carePlanId);
  return {
    kind: 'memory',
    readToday: async ({ sessionsSince, fromDay, toDay }) => {
      const carePlan = latestCarePlan();
      return {
        settings: { ...settings }, sessions: newestFirst().filter((s) => s.createdAt >= sessionsSince), drinks: drinksForDays(fromDay, toDay),
        carePlan, checks: carePlan ? checksFor(carePlan.id) : [], checkIns: carePlan ? checkInsFor(carePlan.id) : [],
        everydayReminders: everyday && structuredClone(everyday),
      };
    },
    getSettings: async () => ({ ...settings }),
    putSettings: async (s) => void (settings = { ...s }),
    listSessions: async () => newestFirst(),
    latestSession: async () => newestFirst()[0],
    sessionsSince: async (createdAt) => newestFirst().filter((s) => s.createdAt >= createdAt),
    addSession: async (r) => void sessions.set(r.id, r),
    putSession: async (r) => void sessions.set(r.id, r),
    drinksForSession: async (sessionId) =>
      [...drinks.values()].filter((d) => d.sessionId === sessionId).sort((a, b) => a.at - b.at),
    drinksForDays: async (from, to) => drinksForDays(from, to),
    allDrinks: async () => byDayThenTime([...drinks.values()]),
    putDrink: async (d) => void drinks.set(d.id, { ...d }),
    deleteDrink: async (id) => void drinks.delete(id),
    readEverything: async () => ({
      settings: { ...settings }, sessions: newestFirst().reverse(), drinks: [...drinks.values()],
      carePlans: [...carePlans.values()], exerciseChecks: [...checks.values()], checkIns: [...checkIns.values()],
    }),
    mergeBackup: async (data) => {
      settings = { ...data.settings };
      // Backups are rare; their code loads only when one is imported.
      const { mergeIntoMaps } = await import('./repos/backupRepo');
      return mergeIntoMaps({ sessions, drinks, carePlans, exerciseChecks: checks, checkIns }, data);
    },
    deleteEverything: async () => {
      settings = { ...DEFAULT_SETTINGS };
      everyday = undefined;
      for (const map of [sessions, drinks, reminderLog, snoozes, carePlans, checks, checkIns]) map.clear();
    },
    handledReminderIds: async () => new Set(reminderLog.keys()),
    markRemindersHandled: async (records) => {
      for (const r of records) if (!reminderLog.has(r.id)) reminderLog.set(r.id, r);
    },
    listSnoozes: async () => [...snoozes.values()],
    logGlassOfWater: async (now) => {
      // The day model loads on first use, off the first screen: by file, since a dynamic import of
      // the concern's index (which the first screen also imports) would pull the whole index in.
      const { glassOfWater } = await import('../domain/hydration/quickDrink');
      const drink = glassOfWater(newestFirst(), settings, now, crypto.randomUUID(), Intl.DateTimeFormat().resolvedOptions().timeZone);
      drinks.set(drink.id, drink);
      return drink;
    },
    snoozeReminder: async (reminderId, now) => {
      const snooze = snoozeOf(reminderId, now);
      snoozes.set(snooze.id, snooze);
      reminderLog.set(reminderId, { id: reminderId, handledAt: now, how: 'snoozed' });
      return snooze;
    },
    latestCarePlan: async () => latestCarePlan(),
    getCarePlan: async (id) => carePlans.get(id),
    acceptCarePlan: async (record, session) => {
      carePlans.set(record.id, record);
      if (session && !sessions.has(session.id)) sessions.set(session.id, session);
    },
    changeAppointment: async (carePlanId, change) => {
      const record = carePlans.get(carePlanId);
      if (record) carePlans.set(carePlanId, { ...record, appointmentChanges: withAppointmentChange(record.appointmentChanges, change) });
    },
    checksForCarePlan: async (carePlanId) => checksFor(carePlanId),
    putExerciseCheck: async (check) => void checks.set(checkKey(check), { ...check }),
    checkInsForCarePlan: async (carePlanId) => checkInsFor(carePlanId),
    putCheckIn: async (answer) => void checkIns.set(answer.checkInId, { ...answer }),
    calendarExportState: async () => ({ ...calendarExport }),
    putCalendarExportState: async (state) => void (calendarExport = { ...state }),
    everydayReminders: async () => everyday && structuredClone(everyday),
    putEverydayReminders: async (reminders) => void (everyday = reminders && structuredClone(reminders)),
    // For this visit only: after a reload the server will not know it (pushSync.ts handles that).
    pushOwnerSecret: async () => (ownerSecret ??= (await import('./repos/pushOwnerRepo')).newOwnerSecret()),
  };
}
