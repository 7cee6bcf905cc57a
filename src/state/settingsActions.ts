import { validateSettings, type FieldErrors, type Settings } from '../domain';
import { settings } from './planState';
import { guardedWrite, store } from './storeState';
import { announceChange } from './sync';

/** Saves settings, or returns the field errors and saves nothing. Plans already made keep their times. */
export async function saveSettings(next: Settings): Promise<FieldErrors<keyof Settings> | null> {
  const errors = validateSettings(next);
  if (Object.keys(errors).length > 0) return errors;
  await guardedWrite(() => store.value.putSettings(next));
  settings.value = next;
  announceChange();
  return null;
}
