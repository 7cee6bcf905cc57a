import { validateSettings, type FieldErrors, type Settings } from '../../domain/settings';
import { settings } from '../hydration/hydrationSignals';
import { guardedWrite, store } from '../data/storeState';
import { announceChange } from '../data/sync';

/** Saves settings, or returns the field errors and saves nothing. Plans already made keep their times. */
export async function saveSettings(next: Settings): Promise<FieldErrors<keyof Settings> | null> {
  const errors = validateSettings(next);
  if (Object.keys(errors).length > 0) return errors;
  await guardedWrite(() => store.value.putSettings(next));
  settings.value = next;
  announceChange();
  return null;
}
