import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { mergeIntoMaps } from './backupRepo';
import type { DrinkRecord, SessionRecord } from './schema';
import type { AftercareStore } from './store';

/** Keeps everything for this visit only; used when IndexedDB can't be opened. */
export function memoryStore(): AftercareStore {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const sessions = new Map<string, SessionRecord>();
  const drinks = new Map<string, DrinkRecord>();
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
      sessions.clear();
      drinks.clear();
    },
  };
}
