/** The calendar export, read back with ical.js: water, appointment, updates and the file's form. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import type { CarePlan } from '../../../src/domain/carePlan/carePlan';
import type { HydrationPlan } from '../../../src/domain/hydration/hydrationPlan';
import { buildCalendar, type BuildCalendarArgs } from '../../../src/domain/calendar/calendarExport';
import { LOCALES, loadCatalogue, useCatalogue, type Locale } from '../../../src/domain/i18n';
import { calendarText } from '../../../src/domain/i18n/en/calendar';
import { parseCalendar } from './calendarExportIcal';
import { DAY, HOUR, NOW, validPlan } from './carePlanFixtures';
import { plan } from './planFixtures';
import { exerciseWords } from '../../../src/domain/exercises';

const ZONE = 'America/New_York';
// Deep tissue at 11:00 in New York on 12 May 2026: five glasses, the first at 11:15.
const water: HydrationPlan = plan(NOW - HOUR, ZONE);
const carePlan: CarePlan = validPlan();
/** DTSTART has whole seconds; the plan's instants may carry milliseconds. */
const toSecond = (at: number) => Math.floor(at / 1000) * 1000;

function exportAt(overrides: Partial<BuildCalendarArgs> = {}) {
  return buildCalendar({
    hydration: { sessionId: 'plan-1', plan: water, countedGlasses: 0 },
    carePlan,
    settings: DEFAULT_SETTINGS,
    now: water.startsAt,
    sequence: 0,
    ...overrides,
  });
}

const waterOnly = (overrides: Partial<BuildCalendarArgs> = {}) => exportAt({ carePlan: undefined, ...overrides });

describe('water reminders', () => {
  it('one event per reminder, starting at the reminder, 5 minutes long, with a display alarm at its start', () => {
    const result = waterOnly();
    const { events } = parseCalendar(result.ics);
    expect(result.eventCount).toBe(5);
    expect(events.map((event) => event.start.toUnixTime() * 1000)).toEqual(water.reminders.map((reminder) => toSecond(reminder.at)));
    expect(events.map((event) => event.start.zone?.tzid)).toEqual(Array(5).fill('UTC'));
    expect(events.map((event) => event.summary)).toEqual([1, 2, 3, 4, 5].map((n) => `Drink a glass of water (${n} of 5)`));
    for (const event of events) {
      expect(event.event.duration.toSeconds()).toBe(5 * 60);
      expect(event.alarms).toEqual([{ action: 'DISPLAY', description: event.summary, triggerSeconds: 0 }]);
      expect(event.rrule).toBeUndefined();
    }
    expect(result.ics).toContain('TRIGGER:PT0M\r\n');
  });

  it('leaves out the glasses already drunk (whole glasses only)', () => {
    const { events } = parseCalendar(waterOnly({ hydration: { sessionId: 'plan-1', plan: water, countedGlasses: 2.5 } }).ics);
    expect(events.map((event) => event.uid)).toEqual(['plan-1-water-2@aftercare', 'plan-1-water-3@aftercare', 'plan-1-water-4@aftercare']);
  });

  it('leaves out the reminders that are already past', () => {
    const now = water.reminders[1]!.at + 1;
    const result = waterOnly({ now });
    expect(result.eventCount).toBe(3);
    expect(parseCalendar(result.ics).events.every((event) => event.start.toUnixTime() * 1000 >= toSecond(now))).toBe(true);
  });
});

describe('next appointment', () => {
  it('a 1-hour event at the exact instant, with an alarm the day before', () => {
    const result = exportAt({ hydration: undefined, carePlan: validPlan({ exercises: [] }) });
    const [event] = parseCalendar(result.ics).events;
    expect(result.eventCount).toBe(1);
    expect(event!.start.toUnixTime() * 1000).toBe(carePlan.nextAppointment);
    expect(event!.event.duration.toSeconds()).toBe(HOUR / 1000);
    expect(event!.summary).toBe('Appointment with Maria Gonzalez, LMT');
    expect(event!.alarms).toEqual([{ action: 'DISPLAY', description: 'Tomorrow: Appointment with Maria Gonzalez, LMT', triggerSeconds: -DAY / 1000 }]);
    expect(result.ics).toContain('TRIGGER:-P1D\r\n');
  });

  // Issue 10: the next appointment follows the series (every 2 weeks, 6 sessions in this plan).
  it('once it has passed, gives way to the next of the series, with a UID of its own; none after the last', () => {
    const plan = validPlan({ exercises: [] });
    const after = exportAt({ hydration: undefined, carePlan: plan, now: carePlan.nextAppointment! });
    const [event] = parseCalendar(after.ics).events;
    expect(after.eventCount).toBe(1);
    expect(event!.uid).toBe(`${plan.id}-appointment-2@aftercare`);
    expect(event!.start.toUnixTime() * 1000 - carePlan.nextAppointment!).toBe(14 * DAY);
    expect(exportAt({ hydration: undefined, carePlan: validPlan({ exercises: [], series: undefined }), now: carePlan.nextAppointment! }).eventCount).toBe(0);
    expect(exportAt({ hydration: undefined, carePlan: plan, now: carePlan.nextAppointment! + 10 * 7 * DAY }).eventCount).toBe(0);
  });
});

describe('updates: UIDs, SEQUENCE and the fingerprint', () => {
  it('the same inputs give the same file, UIDs and fingerprint', () => {
    expect(exportAt()).toEqual(exportAt());
    expect(parseCalendar(exportAt().ics).events.map((event) => event.uid)).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => `plan-1-water-${i}@aftercare`),
      ...['neck-side-bend', 'upper-trapezius-stretch', 'doorway-chest-stretch']
        .flatMap((id) => ['0800', '2100'].map((hhmm) => `${carePlan.id}-exercise-${id}-${hhmm}@aftercare`)),
      `${carePlan.id}-appointment@aftercare`,
    ]);
  });

  it('writes the sequence on every event; neither it nor DTSTAMP changes the fingerprint', () => {
    const first = exportAt();
    const later = exportAt({ sequence: 7, now: water.startsAt + 60_000 });
    expect(parseCalendar(later.ics).events.map((event) => event.sequence)).toEqual(Array(later.eventCount).fill(7));
    expect(later.ics).not.toBe(first.ics);
    expect(later.fingerprint).toBe(first.fingerprint);
  });

  it('a changed exercise changes the fingerprint (and, the plan id being a content hash, its UIDs)', () => {
    const changed = validPlan({ exercises: [{ ...EXERCISE_LIBRARY[0]!, sets: 3 }, EXERCISE_LIBRARY[1], EXERCISE_LIBRARY[2]] });
    expect(exportAt({ carePlan: changed }).fingerprint).not.toBe(exportAt().fingerprint);
    expect(exportAt({ carePlan: changed }).ics).toContain(`UID:${changed.id}-exercise-neck-side-bend-0800@aftercare`);
  });

  it('a re-planned day keeps the water UIDs and changes the fingerprint', () => {
    const replanned = plan(NOW - HOUR, ZONE, { settings: { bedtime: '21:00' } });
    const result = waterOnly({ hydration: { sessionId: 'plan-1', plan: replanned, countedGlasses: 0 } });
    expect(parseCalendar(result.ics).events.map((event) => event.uid)).toEqual(parseCalendar(waterOnly().ics).events.map((event) => event.uid));
    expect(result.fingerprint).not.toBe(waterOnly().fingerprint);
  });

  it('refuses a sequence that is not a whole number ≥ 0', () => {
    for (const sequence of [-1, 1.5, Number.NaN]) expect(() => exportAt({ sequence })).toThrow(RangeError);
  });
});

describe('the file', () => {
  const octets = (line: string) => new TextEncoder().encode(line).length;

  it('has PRODID -//Aftercare//EN, CRLF line endings and lines of at most 75 octets', () => {
    const name = 'Étirement du cou — très doux 😀 '.repeat(2).trim();
    const exercise = { ...EXERCISE_LIBRARY[0]!, name, steps: ['Assis, épaules détendues; inclinez la tête, doucement.'] };
    const { ics } = exportAt({ carePlan: validPlan({ exercises: [exercise] }) });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    const parsed = parseCalendar(ics);
    expect(parsed.prodId).toBe('-//Aftercare//EN');
    expect(parsed.events.find((event) => event.rrule)?.summary).toBe(`Exercise: ${name}`);
    expect(parsed.events.find((event) => event.rrule)?.description).toBe('1. Assis, épaules détendues; inclinez la tête, doucement.');
  });

  it('carries no health details beyond the reminders themselves', () => {
    const { ics } = exportAt();
    for (const detail of ['Deep tissue', 'deep-tissue', 'firm', 'Riverside', 'heavy lifting', 'Drink water through', 'Stop if you feel']) {
      expect(ics).not.toContain(detail);
    }
  });

  it('with nothing to add it is an empty calendar that still parses', () => {
    const result = buildCalendar({ settings: DEFAULT_SETTINGS, now: NOW, sequence: 0 });
    expect(result.eventCount).toBe(0);
    expect(parseCalendar(result.ics).events).toEqual([]);
  });

  it.each(LOCALES)('says on one line that Google Calendar drops the alarms (%s)', async (locale) => {
    useCatalogue(locale, await loadCatalogue(locale));
    expect(calendarText().googleAlarmNote).toMatch(/Google (Calendar|Agenda|Kalender)/);
    expect(calendarText().googleAlarmNote).not.toMatch(/\n/);
  });
});

describe('in the language the client reads', () => {
  // What a calendar app shows, read back with ical.js: the titles and the alarms are the client's
  // words; the therapist's name and the exercise's own name stay as written.
  const expected: Record<Exclude<Locale, 'en'>, { water: string; exercise: string; appointment: string; dayBefore: string }> = {
    es: { water: 'Bebe un vaso de agua (1 de 5)', exercise: 'Ejercicio: ', appointment: 'Cita con Maria Gonzalez, LMT', dayBefore: 'Mañana: Cita con Maria Gonzalez, LMT' },
    fr: { water: 'Buvez un verre d’eau (1 sur 5)', exercise: 'Exercice : ', appointment: 'Rendez-vous avec Maria Gonzalez, LMT', dayBefore: 'Demain : Rendez-vous avec Maria Gonzalez, LMT' },
    de: { water: 'Ein Glas Wasser trinken (1 von 5)', exercise: 'Übung: ', appointment: 'Termin bei Maria Gonzalez, LMT', dayBefore: 'Morgen: Termin bei Maria Gonzalez, LMT' },
    'pt-BR': { water: 'Beba um copo de água (1 de 5)', exercise: 'Exercício: ', appointment: 'Consulta com Maria Gonzalez, LMT', dayBefore: 'Amanhã: Consulta com Maria Gonzalez, LMT' },
  };

  it.each(Object.entries(expected))('writes the titles and alarms in %s', async (locale, words) => {
    useCatalogue(locale as Locale, await loadCatalogue(locale as Locale));
    const { events } = parseCalendar(exportAt().ics);
    const waterEvents = events.filter((event) => event.uid.includes('-water-'));
    expect(waterEvents[0]!.summary).toBe(words.water);
    expect(waterEvents[0]!.alarms[0]!.description).toBe(words.water);
    const exercise = events.find((event) => event.rrule)!;
    // A library exercise is named in the client's language, its steps too.
    expect(exercise.summary).toBe(`${words.exercise}${exerciseWords(carePlan.exercises[0]!).name}`);
    expect(exercise.summary).not.toContain(carePlan.exercises[0]!.name);
    const appointment = events.find((event) => event.uid.includes('-appointment'))!;
    expect(appointment.summary).toBe(words.appointment);
    expect(appointment.alarms[0]!.description).toBe(words.dayBefore);
    expect(events.some((event) => /Drink a glass|Exercise:|Appointment with|Tomorrow:/.test(event.summary + event.alarms[0]!.description))).toBe(false);
  });

  it('is a different file, to be updated, when the language changes', async () => {
    const english = exportAt();
    useCatalogue('de', await loadCatalogue('de'));
    expect(exportAt().fingerprint).not.toBe(english.fingerprint);
  });
});
