/** Short descriptions of the plan being written, for the section list, the summary and the handout. */
import { DEFAULT_RULES, hydrationTarget } from '../../domain/hydration';
import { deskText } from '../../domain/i18n';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { MASSAGE_KINDS, type MassageKind, type Pressure } from '../../domain/session';
import { formatClockTime, formatDayLabel } from '../../domain/time';
import { fromDateTimeLocal } from '../ui/dateTimeLocal';
import type { TherapistForm } from './buildCarePlanDraft';

/** "4–5 glasses", in the language drawn now: the range the client's app will show, from what the client told the therapist. */
export function waterGoal(session: { kind: MassageKind | undefined; pressure: Pressure; usualGlassesPerDay: number }): string | undefined {
  if (session.kind === undefined || !Number.isFinite(session.usualGlassesPerDay)) return undefined;
  // The client's own "good daily amount" is theirs to set later; the handout uses the default.
  const { range } = hydrationTarget({ ...session, kind: session.kind, goodDailyGlasses: DEFAULT_SETTINGS.goodDailyGlasses }, DEFAULT_RULES);
  return deskText().glassRange(range.min, range.max);
}

export function kindLabel(kind: MassageKind | undefined): string | undefined {
  return MASSAGE_KINDS.find((k) => k.id === kind)?.label;
}

const lineCount = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== '').length;

/** "Tue 15 Dec, 10:00", or undefined when the box is empty or half-typed. */
export function appointmentWords(value: string, timeZone: string): string | undefined {
  const at = fromDateTimeLocal(value);
  return Number.isFinite(at) ? deskText().dayAndTime(formatDayLabel(at, timeZone), formatClockTime(at, timeZone)) : undefined;
}

/** One line per section of the form: what it holds so far. */
export function sectionSummaries(form: TherapistForm, timeZone: string): Record<'session' | 'exercises' | 'notes' | 'next' | 'about', string> {
  const t = deskText().summaries;
  const dos = lineCount(form.dos);
  const donts = lineCount(form.donts);
  return {
    session: [kindLabel(form.kind) ?? t.kindNotChosen, form.clientName.trim()].filter(Boolean).join(' · '),
    exercises: form.exercises.length === 0 ? t.noneYet : t.exercises(form.exercises.length),
    notes: dos + donts === 0 ? t.noneYet : t.notes(dos, donts),
    next: appointmentWords(form.appointment, timeZone) ?? t.noAppointment,
    about: form.therapistName.trim() || t.nameNeeded,
  };
}
