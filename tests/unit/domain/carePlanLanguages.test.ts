// @vitest-environment node
/**
 * The care plan's words in the client's language (issue 14): the checks a plan passes, why a link is
 * refused, check-in headings, reminder bodies, and plurals where the languages disagree (French and
 * Brazilian Portuguese count 0 as one; English, Spanish and German do not).
 */
import { describe, expect, it } from 'vitest';
import { validateCarePlan } from '../../../src/domain/carePlan/carePlan';
import { checkInHeading, missedCheckInLabel } from '../../../src/domain/checkIns/checkInStatus';
import { contactTherapistMessage } from '../../../src/domain/checkIns/checkIns';
import { appointmentsText, carePlanText, checkInsText, linksText, loadCatalogue, useCatalogue, type DisplayLocale } from '../../../src/domain/i18n';
import { english } from '../../../src/domain/i18n/english';
import { decodeCarePlan, shareCarePlan } from '../../../src/domain/links/carePlanCodec';
import { problemsMessage } from '../../../src/domain/links/linkPayload';
import { carePlanReminders } from '../../../src/domain/reminders/carePlanReminders';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { DAY, NOW, customExercise, planInput, validPlan } from './carePlanFixtures';
import { checks as frChecks } from '../../../src/domain/i18n/fr/checks';
import { reminderTitle } from '../../../src/contract/reminders.js';

const speak = async (locale: DisplayLocale) => useCatalogue(locale, await loadCatalogue(locale));
const problems = (overrides: Record<string, unknown>) => {
  const result = validateCarePlan(planInput(overrides), NOW);
  return result.ok ? [] : result.errors;
};

describe('a plan’s checks in the reader’s language', () => {
  it('name each field in Spanish, French, German and Portuguese, with its place in a list', async () => {
    await speak('es');
    expect(problems({ therapist: { name: ' ' } })).toEqual(['Nombre del terapeuta: campo obligatorio.']);
    expect(problems({ donts: ['x'.repeat(201)] })).toEqual(['Nota 1 de «Qué evitar»: como máximo 200 caracteres.']);
    expect(problems({ series: { everyWeeks: 2, sessions: 0 } })).toEqual(['Número de sesiones de la serie: escribe un número entero del 1 al 52.']);
    expect(problems({ nextAppointment: NOW - 3 * DAY })).toEqual(['La próxima cita debe ser posterior a la sesión.', 'La próxima cita ya pasó.']);
    await speak('fr');
    expect(problems({ therapist: { name: 42 } })).toEqual([frChecks.notText('Nom du thérapeute')]);
    await speak('de');
    expect(problems({ therapist: { name: 'Ana', practice: 'x'.repeat(81) } })).toEqual(['Name der Praxis: Höchstens 80 Zeichen.']);
    expect(problems({ nextAppointment: 'soon' })).toEqual(['Nächster Termin: Fehlt oder ist kein gültiger Zeitpunkt.']);
    await speak('pt-BR');
    expect(validateCarePlan({ v: 2 }, NOW)).toEqual({ ok: false, errors: ['Isto não é um plano do Aftercare.'] });
  });

  it('are written when the check runs, so a switch of language rewords the next one', async () => {
    expect(problems({ therapist: { name: '' } })).toEqual(["Add the therapist's name."]);
    await speak('fr');
    expect(problems({ therapist: { name: '' } })).toEqual([frChecks.required('Nom du thérapeute')]);
  });
});

describe('a refused link in the reader’s language', () => {
  it('says why in French, for a plan and for a progress report', async () => {
    await speak('fr');
    expect(decodeCarePlan(`p1.${'A'.repeat(4_001)}`, NOW)).toEqual({ ok: false, error: 'Ce lien est trop long pour être un plan Aftercare.' });
    expect(decodeCarePlan('p9.abc', NOW)).toEqual({ ok: false, error: 'Ce plan a été créé avec une version plus récente d’Aftercare. Mettez l’application à jour pour l’ouvrir.' });
    expect(decodeCarePlan('p1.ab$cd', NOW)).toEqual({ ok: false, error: 'Le lien du plan est endommagé ou incomplet. Demandez qu’on vous le renvoie.' });
    expect(linksText().report.empty).toMatch(/bilan/);
  });

  it('counts the problems left out: one and more in each language', async () => {
    const five = ['A.', 'B.', 'C.', 'D.', 'E.'];
    expect(problemsMessage(five.slice(0, 4))).toBe('A. B. C. (and 1 more problem)');
    expect(problemsMessage(five)).toBe('A. B. C. (and 2 more problems)');
    await speak('de');
    expect(problemsMessage(five.slice(0, 4))).toBe('A. B. C. (und 1 weiteres Problem)');
    expect(problemsMessage(five)).toBe('A. B. C. (und 2 weitere Probleme)');
    await speak('es');
    const tooLong = shareCarePlan('https://example.org', validPlan({ exercises: [1, 2, 3, 4, 5, 6].map((i) => customExercise(i, 300)) }));
    expect(tooLong).toEqual({ ok: false, error: 'Este plan es demasiado largo para compartirlo. Acorta los ejercicios y las notas que escribiste tú.' });
  });
});

describe('plurals where languages disagree', () => {
  it('French counts 0 and 1 as one day, 2 as several', async () => {
    await speak('fr');
    const { goalMet } = carePlanText().progress;
    expect(goalMet(0, 3)).toBe('Objectif atteint 0 jour sur 3 avec un plan d’hydratation.');
    expect(goalMet(1, 3)).toBe('Objectif atteint 1 jour sur 3 avec un plan d’hydratation.');
    expect(goalMet(2, 3)).toBe('Objectif atteint 2 jours sur 3 avec un plan d’hydratation.');
    const { overall } = carePlanText().adherence;
    expect(overall(0, 0, '0 %')).toBe('Au total : 0 sur 0 série (0 %).');
    expect(overall(0, 1, '0 %')).toBe('Au total : 0 sur 1 série (0 %).');
    expect(overall(3, 11, '27 %')).toBe('Au total : 3 sur 11 séries (27 %).');
  });

  it('English, Spanish and German say 0 as several; Brazilian Portuguese, like French, as one', async () => {
    expect(carePlanText().progress.goalMet(0, 0)).toBe('Goal met on 0 of 0 days with a water plan.');
    expect(carePlanText().progress.goalMet(1, 1)).toBe('Goal met on 1 of 1 day with a water plan.');
    await speak('es');
    expect(carePlanText().adherence.overall(0, 0, '0 %')).toBe('En total: 0 de 0 series (0 %).');
    expect(carePlanText().adherence.overall(1, 1, '100 %')).toBe('En total: 1 de 1 serie (100 %).');
    await speak('de');
    expect(carePlanText().progress.goalMet(0, 1)).toBe('Ziel an 0 von 1 Tag mit Trinkplan erreicht.');
    expect(appointmentsText().seriesComplete(6)).toBe('Ihre Serie mit 6 Sitzungen ist abgeschlossen.');
    await speak('pt-BR');
    expect(carePlanText().adherence.overall(0, 0, '0%')).toBe('No total: 0 de 0 série (0%).');
    expect(carePlanText().adherence.overall(2, 2, '100%')).toBe('No total: 2 de 2 séries (100%).');
  });
});

describe('check-ins and reminders in the reader’s language', () => {
  it('head each check-in by what it is for, in German', async () => {
    await speak('de');
    expect(checkInHeading({ kind: 'baseline' }, '2026-05-12', '2026-05-12')).toBe('Wie es Ihnen heute geht');
    expect(checkInHeading({ kind: 'after-24h' }, '2026-05-12', '2026-05-13')).toBe('Ein Tag nach Ihrer Sitzung');
    expect(checkInHeading({ kind: 'after-48h' }, '2026-05-12', '2026-05-14')).toBe('Zwei Tage nach Ihrer Sitzung');
    expect(checkInHeading({ kind: 'weekly', week: 3 }, '2026-05-12', '2026-06-02')).toBe('Wie Woche 3 Ihres Plans verlief');
    expect(missedCheckInLabel({ kind: 'baseline' })).toBe('Wie es Ihnen zu Beginn des Plans ging');
    expect(contactTherapistMessage()).toMatch(/^Bitte wenden Sie sich an Ihre Praxis/);
    expect(checkInsText().scale('higher')).toBe('0–10, höher ist besser');
  });

  it('write the reminder bodies in Brazilian Portuguese, the titles from the contract in the same language', async () => {
    const plan = validPlan({ nextAppointment: NOW + 3 * DAY, series: undefined });
    const args = { plan, acceptedAt: NOW, settings: DEFAULT_SETTINGS, checks: [], answers: [], now: NOW };
    const english = carePlanReminders(args);
    await speak('pt-BR');
    const reminders = carePlanReminders(args);
    expect(reminders.map((r) => r.title)).toEqual(english.map((r) => reminderTitle(r.kind, 'pt-BR')));
    expect(reminders.find((r) => r.kind === 'appointment')?.body).toBe('Sua próxima sessão com Maria Gonzalez, LMT é amanhã.');
    expect(reminders.find((r) => r.kind === 'check-in')?.body).toBe('Dois minutos: como você está se sentindo desde a sessão?');
    expect(reminders.find((r) => r.kind === 'exercise')?.body).toMatch(/^Rodada 1 de \d hoje, do plano do seu terapeuta\.$/);
  });
});

describe('every language', () => {
  it('has every message of the care plan’s namespaces, and none is left in English', async () => {
    const namespaces = ['carePlan', 'planChecks', 'appointments', 'checkIns', 'links', 'checks'] as const;
    // Words that are the same in a language as in English (a brand, a unit, a shared loanword).
    const same = new Set(['Check-in', 'Check-ins']);
    const strings = (value: unknown, path: string): Array<[string, string]> =>
      typeof value === 'string' ? [[path, value]]
        : value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`)) : [];
    for (const locale of ['es', 'fr', 'de', 'pt-BR'] as const) {
      const { catalogue } = await loadCatalogue(locale);
      for (const name of namespaces) {
        const ours = new Map(strings(catalogue![name], name));
        for (const [path, text] of strings(english[name], name)) {
          expect(ours.has(path), `${locale} ${path}`).toBe(true);
          if (!same.has(text) && text.length > 3) expect(ours.get(path), `${locale} ${path}`).not.toBe(text);
        }
      }
    }
  });
});
