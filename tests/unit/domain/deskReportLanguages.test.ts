// @vitest-environment node
/**
 * The desk's, the report's and the links' words in other languages: withLanguage switches for one
 * call and always switches back, plurals follow each language's rules, and the report the client
 * sends is written in the client's language with what was typed left as typed.
 */
import { describe, expect, it } from 'vitest';
import { activeLocale, deskText, loadCatalogue, reportText, useCatalogue, withLanguage } from '../../../src/domain/i18n';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { buildProgressReport } from '../../../src/domain/report/progressReport';
import { decodeProgressReport } from '../../../src/domain/report/progressReportCodec';
import { progressReportText } from '../../../src/domain/report/progressReportText';
import { validateProgressReport } from '../../../src/domain/report/progressReportSchema';
import { decodeCarePlan } from '../../../src/domain/links/carePlanCodec';
import { DAY, NOW, validPlan } from './carePlanFixtures';
import { packedWithNode } from './carePlanLinks';

describe('withLanguage', () => {
  it('draws in the given language for one call, then puts the active one back', async () => {
    const spanish = await loadCatalogue('es');
    expect(withLanguage('es', spanish, () => [activeLocale(), deskText().handout.shareTitle])).toEqual(['es', 'Tu plan de cuidados']);
    expect(activeLocale()).toBe('en');
    expect(deskText().handout.shareTitle).toBe('Your aftercare plan');
  });

  it('puts the active language back when the call throws, and nests', async () => {
    const german = await loadCatalogue('de');
    useCatalogue('fr', await loadCatalogue('fr'));
    expect(() => withLanguage('de', german, () => { throw new Error('boom'); })).toThrow('boom');
    expect(activeLocale()).toBe('fr');
    const inner = withLanguage('de', german, () => withLanguage('en', {}, () => deskText().share.copy) + ' / ' + deskText().share.copy);
    expect(inner).toBe('Copy link / Link kopieren');
    expect(deskText().share.copy).toBe('Copier le lien');
  });
});

describe('plurals in the desk and the report', () => {
  it('follows French, where 0 and 1 are singular', async () => {
    useCatalogue('fr', await loadCatalogue('fr'));
    const t = deskText();
    expect([0, 1, 2].map(t.summaries.exercises)).toEqual(['0 exercice', '1 exercice', '2 exercices']);
    expect(t.glassRange(1, 1)).toBe('1 verre');
    expect(t.dose({ sets: 1, reps: 1, timesPerDay: 1, weeks: 1 })).toBe('1 série × 1 répétition, une fois par jour, pendant 1 semaine');
    expect(t.dose({ sets: 2, holdSeconds: 30, timesPerDay: 3, days: 10 })).toBe('2 séries × tenir 30 s, 3 fois par jour, pendant 10 jours');
    expect(reportText().view.waterMet(0, 1)).toBe('Objectif atteint 0 sur 1 jour.');
  });

  it('follows Spanish and German, where 0 is plural', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    expect([0, 1, 2].map(deskText().summaries.exercises)).toEqual(['0 ejercicios', '1 ejercicio', '2 ejercicios']);
    useCatalogue('de', await loadCatalogue('de'));
    expect([0, 1, 2].map(deskText().summaries.exercises)).toEqual(['0 Übungen', '1 Übung', '2 Übungen']);
    expect(deskText().handout.seriesText(1, 1)).toBe('1 Sitzung, jede Woche.');
    expect(deskText().handout.seriesText(6, 2)).toBe('6 Sitzungen, alle 2 Wochen.');
  });
});

describe('the progress report in the client’s language', () => {
  const plan = validPlan({ clientName: 'Sam', exercises: [{ ...EXERCISE_LIBRARY[0]!, sets: 2, timesPerDay: 2 }] });
  const report = buildProgressReport({
    plan,
    checks: [{ carePlanId: plan.id, exerciseId: 'neck-side-bend', localDate: '2026-05-12', round: 1, setsDone: 2 }],
    checkIns: [{ checkInId: `${plan.id}:check-in:after-24h`, kind: 'after-24h', answeredAt: NOW + DAY, scores: { soreness: 6 }, flags: { bruising: true, numbness: false, lightHeaded: false } }],
    hydration: [{ date: '2026-05-12', goal: 5, counted: 5 }],
    now: NOW + 2 * DAY,
  });

  it('writes the text in Spanish, leaving names as typed', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    const lines = progressReportText(report).split('\n');
    expect(lines[0]).toBe('Progreso de mi plan de cuidados de Maria Gonzalez, LMT');
    expect(lines[1]).toBe('De Sam.');
    expect(lines[2]).toBe('Desde la sesión del 2026-05-12 hasta el 2026-05-14.');
    expect(lines).toContain('- 2026-05-13, unas 24 horas después de la sesión: dolor muscular 6; notó: moratones');
    expect(lines.at(-1)).toBe('Agua: meta cumplida 1 de 1 día.');
    expect(lines.find((line) => line.startsWith('Ejercicios en casa:'))).toMatch(/^Ejercicios en casa: 2 de \d+ series \(\d+\s%\) hechas\.$/);
  });

  it('refuses a broken report or plan link in the reader’s language', async () => {
    useCatalogue('pt-BR', await loadCatalogue('pt-BR'));
    expect(decodeProgressReport('p1.abc')).toEqual({ ok: false, error: 'Este link não contém um relatório de progresso do Aftercare.' });
    expect(decodeProgressReport(packedWithNode([1], 'r1.'))).toMatchObject({ ok: false });
    const weeks = decodeProgressReport(packedWithNode([NOW, 'America/New_York', 'Maria', '2026-05-12', '2026-05-13', 'x', [], [0, 0]], 'r1.'));
    expect(weeks).toEqual({ ok: false, error: 'Os números semanais dos exercícios não são válidos.' });
    expect(decodeCarePlan('p9.abc', NOW)).toEqual({ ok: false, error: 'Este plano foi criado com uma versão mais nova do Aftercare. Atualize o app para abri-lo.' });
  });
});

describe("a report's checks", () => {
  it('name its fields in the reader’s language', async () => {
    const broken = { v: 1, therapist: 'x'.repeat(500), createdAt: 'yesterday', timeZone: 'Europe/London', from: '2026-11-01', to: '2026-11-02', weeks: [], checkIns: [], hydration: { days: 0, daysMet: 0 } };
    const english = validateProgressReport(broken);
    expect(english.ok ? [] : english.errors.join(' ')).toMatch(/The therapist's name is too long/);
    useCatalogue('es', await loadCatalogue('es'));
    const spanish = validateProgressReport(broken);
    const words = spanish.ok ? '' : spanish.errors.join(' ');
    expect(words).toMatch(/Nombre del terapeuta: /);
    expect(words).toMatch(/Fecha del informe: /);
    expect(words).not.toMatch(/therapist|report's/);
  });
});
