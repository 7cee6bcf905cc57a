import { activeCarePlan } from '../carePlan/carePlanState';
import { settings } from '../hydration/hydrationSignals';
import { store } from '../data/storeState';

/**
 * Builds the .ics for the current plans. The calendar code (and its library) loads only here.
 * SEQUENCE goes up only when the events changed since the last export, so a calendar app updates
 * the events it already has instead of adding copies.
 */
export async function buildCalendarFile(now = Date.now()): Promise<{ ics: string; eventCount: number; fileName: string }> {
  // Loaded here, on the tap: ics and its validator stay out of every screen's chunk.
  const [{ buildCalendar }, { todayState }] = await Promise.all([import('../../domain/calendar/calendarExport'), import('../hydration/dayState')]);
  // The plan that is running, or else tomorrow's: the water still ahead.
  const { current, upcoming } = todayState.value;
  const hydration = current
    ? { sessionId: current.session.id, plan: current.session.plan, countedGlasses: current.counted }
    : upcoming && { sessionId: upcoming.id, plan: upcoming.plan, countedGlasses: 0 };
  const record = activeCarePlan.value;
  const args = { hydration, carePlan: record?.plan, appointmentChanges: record?.appointmentChanges, settings: settings.value, now };
  const last = await store.value.calendarExportState();
  const probe = buildCalendar({ ...args, sequence: last.sequence });
  if (probe.fingerprint === last.fingerprint) return { ...probe, fileName: 'aftercare-plan.ics' };
  const sequence = last.fingerprint ? last.sequence + 1 : 0;
  const result = buildCalendar({ ...args, sequence });
  await store.value.putCalendarExportState({ fingerprint: result.fingerprint, sequence });
  return { ...result, fileName: 'aftercare-plan.ics' };
}
