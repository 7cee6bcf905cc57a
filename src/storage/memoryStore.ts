import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { mergeIntoMaps } from './backupRepo';
import { SNOOZE_MS } from './quickActions';
import type { DrinkRecord, ReminderLogRecord, SessionRecord, SnoozeRecord } from './schema';
import type { AftercareStore } from './store';

/** Keeps everything for this visit only; used when IndexedDB can't be opened. */
export function memoryStore(): AftercareStore {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const sessions = new Map<string, SessionRecord>();
  const drinks = new Map<string, DrinkRecord>();
  const reminderLog = new Map<string, ReminderLogRecord>();
  const snoozes = new Map<string, SnoozeRecord>();
  const newestFirst = () => [...sessions.values()].sort((a, b) => b.createdAt - a.createdAt);
  return {
    kind: 'memory',
    getSettings: async () => ({ ...settings }),
    putSettings: async (s) => void (settings = { ...s }),
    listSessions: async () => newestFirst(),
    latestSession: async () => newestFirst()[0],
    addSession: async (r) => void sessions.set(r.id, r),
    drinksForPlan: async (planId) =>
      [...drinks.values()].filter((d) => d.planId === planId).sort((a, b) => a.at - b.at),
    putDrink: async (d) => void drinks.set(d.id, { ...d }),
    deleteDrink: async (id) => void drinks.delete(id),
    readEverything: async () => ({ settings: { ...settings }, sessions: newestFirst().reverse(), drinks: [...drinks.values()] }),
    mergeBackup: async (data) => {
      settings = { ...data.settings };
      return mergeIntoMaps(sessions, drinks, data);
    },
    deleteEverything: async () => {
      settings = { ...DEFAULT_SETTINGS };
      for (const map of [sessions, drinks, reminderLog, snoozes]) map.clear();
    },
    handledReminderIds: async () => new Set(reminderLog.keys()),
    markRemindersHandled: async (records) => {
      for (const r of records) if (!reminderLog.has(r.id)) reminderLog.set(r.id, r);
    },
    listSnoozes: async () => [...snoozes.values()],
    logGlassOfWater: async (now) => {
      const session = newestFirst()[0];
      if (!session) return undefined;
      const drink: DrinkRecord = { id: crypto.randomUUID(), planId: session.id, at: now, beverage: 'water', volumeMl: session.glassMl };
      drinks.set(drink.id, drink);
      return drink;
    },
    snoozeReminder: async (reminderId, now) => {
      const snooze = { id: `${reminderId}:snoozed:${now}`, reminderId, at: now + SNOOZE_MS };
      snoozes.set(snooze.id, snooze);
      reminderLog.set(reminderId, { id: reminderId, handledAt: now, how: 'snoozed' });
      return snooze;
    },
  };
}
