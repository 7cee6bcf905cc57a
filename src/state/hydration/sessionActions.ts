import { planHydration, type SessionInput } from '../../domain/hydration';
import { validateSession } from '../../domain/session';
import type { FieldErrors } from '../../domain/settings';
import type { SessionRecord } from '../../storage/schema';
import { now as clock, recentSessions, settings } from './hydrationSignals';
import { navigate } from '../route';
import { guardedWrite, store } from '../data/storeState';
import { announceChange } from '../data/sync';
import { undoable } from './drinkActions';
import { askToPersistOnce } from '../data/persistence';
import { checkReminders } from '../reminders/reminderRuntime';
import { deviceTimeZone } from '../deviceTimeZone';

/**
 * Turns the intake form into a saved plan. Returns field errors instead of saving when the
 * input is not valid, so nothing is ever half-saved. A second session while a plan is current
 * starts a new plan for the rest of the day; glasses already logged stay with the plan they were
 * drunk for (domain/hydration/hydrationDay.ts).
 */
export async function startSession(input: Partial<SessionInput>, now = Date.now()): Promise<FieldErrors<keyof SessionInput> | null> {
  const errors = validateSession(input, now);
  if (Object.keys(errors).length > 0) return errors;
  const session = input as SessionInput;
  const id = crypto.randomUUID();
  const current = settings.value;
  const plan = planHydration({ sessionId: id, session, settings: current, timeZone: deviceTimeZone() });
  const record: SessionRecord = { id, createdAt: now, session, plan, glassMl: current.glassMl };
  await guardedWrite(() => store.value.addSession(record));
  recentSessions.value = [record, ...recentSessions.value];
  clock.value = Math.max(clock.value, now);
  undoable.value = null;
  announceChange();
  void askToPersistOnce();
  void checkReminders();
  navigate('today');
  return null;
}
