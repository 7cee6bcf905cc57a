import { describe, expect, it } from 'vitest';
import {
  fallbackReminder, isReminderId, isReminderLanguage, KIND_RULES, notificationActions, notificationOptions, originalReminderId, PUSH_TITLE, REMINDER_KINDS,
  REMINDER_LANGUAGES, REMINDER_LIMITS, reminderIds, reminderLanguage, reminderText, reminderTitle, snoozeOf, SNOOZE_MS,
} from '../../../src/contract/reminders.js';
import { CARE_PLAN_LIMITS } from '../../../src/domain/carePlan';
import { LOCALES } from '../../../src/domain/i18n/locales';

const NOW = Date.UTC(2026, 10, 22, 9, 0);
const SESSION = '3f2b9c1e-8d4a-4b6f-9e2d-7a1c5b8e0f63';
const PLAN = 'plan-0123456789abcdef';

describe('the reminder contract', () => {
  it('makes ids the server accepts, even snoozed, for the longest owners the app makes', () => {
    const ids = [
      reminderIds.water(SESSION, 29), reminderIds.exercise(PLAN, '2026-11-22', 6), reminderIds.checkIn(PLAN, 'week-26'),
      reminderIds.appointment(PLAN, NOW + 366 * 86_400_000),
    ];
    for (const id of ids) {
      expect(isReminderId(id), id).toBe(true);
      expect(isReminderId(snoozeOf(id, NOW).id)).toBe(true);
    }
  });

  it('snoozing a snoozed reminder snoozes the original: the id never grows', () => {
    const first = snoozeOf(reminderIds.water(SESSION, 0), NOW);
    const again = snoozeOf(first.id, NOW + 60_000);
    expect(again).toEqual({ id: `${SESSION}:water:0:snoozed:${NOW + 60_000}`, reminderId: `${SESSION}:water:0`, at: NOW + 60_000 + SNOOZE_MS });
    expect(originalReminderId(again.id)).toBe(`${SESSION}:water:0`);
  });

  it('gives every kind a Snooze button, and water "Log a glass" too', () => {
    for (const kind of REMINDER_KINDS) expect(notificationActions(kind).map((a) => a.action)).toContain('snooze');
    expect(notificationActions('water').map((a) => a.action)).toEqual(['log-glass', 'snooze']);
    expect(notificationOptions({ id: 'a:check-in:baseline', kind: 'check-in', body: 'b' })).toMatchObject({ tag: 'a:check-in:baseline', data: { url: KIND_RULES['check-in'].url, kind: 'check-in' } });
  });

  it('reaches exactly as far ahead as the longest plan the app can make', () => {
    expect(REMINDER_LIMITS.horizonMs).toBe(CARE_PLAN_LIMITS.appointmentMaxDaysAhead * 86_400_000);
  });
});

describe('the reminder contract in each language', () => {
  it('speaks exactly the languages the app speaks', () => {
    expect([...REMINDER_LANGUAGES]).toEqual([...LOCALES]);
    for (const lang of LOCALES) expect(isReminderLanguage(lang)).toBe(true);
  });

  it('writes English for an unknown or absent language', () => {
    for (const lang of [undefined, '', 'xx', 'en-XA', 'ES', 'pt', 42]) expect(reminderLanguage(lang)).toBe('en');
    expect(reminderTitle('water', 'xx')).toBe('Time for a glass of water');
    expect(reminderText('exercise')).toBe('Time for your exercises');
    expect(notificationActions('water', 'en-XA').map((a) => a.title)).toEqual(['Log a glass', 'Snooze 15 min']);
  });

  it('has every title, push text and button in every language, each its own words', () => {
    for (const lang of REMINDER_LANGUAGES) {
      const texts = REMINDER_KINDS.flatMap((kind) => [reminderTitle(kind, lang), reminderText(kind, lang)]);
      const buttons = notificationActions('water', lang).map((a) => a.title);
      for (const text of [...texts, ...buttons, PUSH_TITLE[lang], fallbackReminder(lang).body]) expect(text.trim().length, lang).toBeGreaterThan(0);
      if (lang !== 'en') {
        // A forgotten translation would be the English one.
        for (const kind of REMINDER_KINDS) expect(reminderTitle(kind, lang), `${lang} ${kind}`).not.toBe(reminderTitle(kind, 'en'));
        expect(buttons).not.toContain('Log a glass');
      }
      expect(buttons[1]).toContain(String(SNOOZE_MS / 60_000));
    }
  });

  it('writes Spanish, French, German and Brazilian Portuguese', () => {
    expect(reminderTitle('water', 'es')).toBe('Es hora de tomar un vaso de agua');
    expect(reminderText('appointment', 'fr')).toBe('Rendez-vous demain');
    expect(reminderTitle('exercise', 'de')).toBe('Zeit für Ihre Übungen zu Hause');
    expect(reminderText('check-in', 'pt-BR')).toBe('Hora de um check-in rápido');
    expect(notificationActions('water', 'es')).toEqual([{ action: 'log-glass', title: 'Anotar un vaso' }, { action: 'snooze', title: 'Posponer 15 min' }]);
    expect(notificationActions('exercise', 'de')).toEqual([{ action: 'snooze', title: 'In 15 Min. erinnern' }]);
  });

  it('gives a notification the buttons and language of its words', () => {
    const options = notificationOptions({ id: 'a:water:0', kind: 'water', body: 'b', lang: 'fr' });
    expect(options.lang).toBe('fr');
    expect(options.actions.map((a) => a.title)).toEqual(['Noter un verre', 'Reporter de 15 min']);
    expect(notificationOptions({ id: 'a:water:0', kind: 'water', body: 'b' }).lang).toBe('en');
  });

  it('says nothing about health in any language', () => {
    for (const lang of REMINDER_LANGUAGES) {
      const words = [...REMINDER_KINDS.flatMap((kind) => [reminderTitle(kind, lang), reminderText(kind, lang)]), fallbackReminder(lang).body].join(' ');
      expect(words, lang).not.toMatch(/deep|tissue|massage|pressure|pain|profund|masaje|presi|douleur|Massage|Schmerz|dor\b/i);
    }
  });
});
