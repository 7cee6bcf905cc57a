import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { AftercareDatabase } from './db';
import { SETTINGS_KEY } from './schema';

/** The stored settings, with defaults filled in for anything a past version did not store. */
export async function readSettings(db: AftercareDatabase): Promise<Settings> {
  const stored = await db.get('settings', SETTINGS_KEY);
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function writeSettings(db: AftercareDatabase, settings: Settings): Promise<void> {
  await db.put('settings', settings, SETTINGS_KEY);
}
