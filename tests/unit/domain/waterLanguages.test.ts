/** Water, drinks and sessions in each language: numbers, plurals and the health wording. */
import { describe, expect, it } from 'vitest';
import { BEVERAGES, findBeverage } from '../../../src/domain/hydration/beverages';
import { drinkSizes } from '../../../src/domain/hydration/drinkSizes';
import { formatVolume } from '../../../src/domain/hydration/units';
import { loadCatalogue, useCatalogue, type DisplayLocale } from '../../../src/domain/i18n';
import { waterText } from '../../../src/domain/i18n/en/water';
import { waterReminders } from '../../../src/domain/reminders/appReminders';
import { DEFAULT_PHYSICIAN_NOTE, isImpliedPhysicianNote, physicianNoteFor } from '../../../src/domain/session/physicianNote';
import { MASSAGE_KINDS, PRESSURES } from '../../../src/domain/session/sessionKinds';
import { validateSession } from '../../../src/domain/session/sessionSchema';
import { plan } from './planFixtures';

async function speak(locale: DisplayLocale): Promise<void> {
  useCatalogue(locale, await loadCatalogue(locale));
}

describe('volumes in German', () => {
  it('writes a decimal comma and German plurals', async () => {
    await speak('de');
    expect(formatVolume(375, 'glass', 250)).toBe('1,5 Gläser');
    expect(formatVolume(250, 'glass', 250)).toBe('1 Glas');
    expect(formatVolume(250, 'floz', 250)).toBe('8,5 fl oz');
    expect(formatVolume(1000, 'ml', 250)).toBe('1.000 ml');
    expect(formatVolume(-0.01, 'glass', 250)).toBe('0 Gläser');
  });

  it('says "3 von 5 Gläsern" with the dative after "von"', async () => {
    await speak('de');
    expect(waterText().countOfGoal('3', 5)).toBe('3 von 5 Gläsern');
    expect(waterText().goalBy(5, '22:30')).toBe('5 Gläser bis 22:30 Uhr');
    expect(waterText().goalBy(5, '07:15', 'morgen')).toBe('5 Gläser bis morgen um 07:15 Uhr');
  });
});

describe('glasses in French', () => {
  it('counts 0 and 1 in the singular, 2 in the plural', async () => {
    await speak('fr');
    expect(waterText().glasses(0)).toBe('0 verre');
    expect(waterText().glasses(1)).toBe('1 verre');
    expect(waterText().glasses(2)).toBe('2 verres');
    expect(formatVolume(0, 'glass', 250)).toBe('0 verre');
    expect(formatVolume(250, 'glass', 250)).toBe('1 verre');
    expect(formatVolume(500, 'glass', 250)).toBe('2 verres');
    expect(formatVolume(375, 'glass', 250)).toBe('1,5 verre');
  });

  it('elides "de" before a vowel in a kind of session', async () => {
    await speak('fr');
    expect(waterText().summary.after('Étirements assistés', 'x')).toBe('Après votre séance d’étirements assistés — x.');
    expect(waterText().summary.after('Tissus profonds', 'x')).toBe('Après votre séance de tissus profonds — x.');
  });
});

describe('glasses in Spanish and Portuguese', () => {
  it('follows each language’s plural rule', async () => {
    await speak('es');
    expect([0, 1, 2].map((n) => waterText().glasses(n))).toEqual(['0 vasos', '1 vaso', '2 vasos']);
    expect(waterText().goalBy(5, '01:00')).toBe('5 vasos para la 01:00');
    await speak('pt-BR');
    expect([0, 1, 2].map((n) => waterText().glasses(n))).toEqual(['0 copo', '1 copo', '2 copos']);
    expect(waterText().goalBy(5, '07:15', 'amanhã')).toBe('5 copos até amanhã às 07:15');
  });
});

describe('the health wording', () => {
  it('keeps the two ranges and the extra glasses in every language', async () => {
    const english = [waterText().reasons.usualBelow(8, 4, 5), waterText().reasons.usualMeets(8, 2, 3)];
    expect(english).toEqual([
      'You usually drink less than 8 glasses a day, so the advice is at least 4–5 glasses, spread over the rest of the day.',
      'You already drink about 8 glasses a day or more, so 2–3 extra glasses are enough.',
    ]);
    for (const locale of ['es', 'fr', 'de', 'pt-BR'] as const) {
      await speak(locale);
      const [below, meets] = [waterText().reasons.usualBelow(8, 4, 5), waterText().reasons.usualMeets(8, 2, 3)];
      expect(below).toMatch(/4(–| a | à )5/);
      expect(meets).toMatch(/2(–| a | à )3/);
      expect(below).toMatch(/8/);
    }
  });

  it('says coffee, alcohol and sugary drinks do not count, and iced tea that is brewed and unsweetened does', async () => {
    await speak('es');
    expect(findBeverage('iced-tea')?.label).toBe('Té helado de infusión, sin azúcar');
    const coffee = findBeverage('coffee');
    expect(coffee && !coffee.counts && coffee.note).toBe('Guardado. El café no cuenta para tu meta de agua de hoy.');
    await speak('de');
    expect(BEVERAGES.filter((b) => !b.counts).map((b) => b.short)).toEqual(['Limo', 'Saft', 'Süßer Tee', 'Sportgetränk', 'Alkohol', 'Kaffee']);
  });

  it('asks for a physician in each language, and reads a note in either English or the screen’s language as implied', async () => {
    await speak('fr');
    expect(physicianNoteFor('prenatal', undefined)).toMatch(/médecin/);
    expect(isImpliedPhysicianNote('prenatal', physicianNoteFor('prenatal', undefined))).toBe(true);
    expect(isImpliedPhysicianNote('prenatal', DEFAULT_PHYSICIAN_NOTE)).toBe(true);
    expect(isImpliedPhysicianNote('prenatal', 'Dr. Lee approves gentle side-lying work only.')).toBe(false);
    await speak('de');
    expect(waterText().summary.askPhysician).toBe('Fragen Sie Ihre Ärztin oder Ihren Arzt:');
  });
});

describe('sessions in another language', () => {
  it('names the kinds and pressures in the language of the moment', async () => {
    const deep = MASSAGE_KINDS.find((k) => k.id === 'deep-tissue')!;
    expect(deep.label).toBe('Deep tissue');
    await speak('es');
    expect(deep.label).toBe('Tejido profundo');
    expect(PRESSURES.map((p) => p.label)).toEqual(['Suave', 'Media', 'Firme', 'Profunda']);
    useCatalogue('en');
    expect(deep.label).toBe('Deep tissue');
  });

  it('explains what is missing on the intake form', async () => {
    await speak('es');
    const errors = validateSession({ usualGlassesPerDay: 60 }, Date.now());
    expect(errors.kind).toBe('Elige el tipo de masaje.');
    expect(errors.usualGlassesPerDay).toBe('Escribe cuántos vasos sueles beber al día: un número entero del 1 al 30.');
    expect(errors.endedAt).toBe('Indica cuándo terminó la sesión.');
  });
});

describe('the water reminder', () => {
  it('names the glass and the goal in the reader’s language', async () => {
    const endedAt = Date.UTC(2026, 4, 12, 10);
    const fivePlan = plan(endedAt, 'Europe/Madrid');
    expect(waterReminders(fivePlan, 0)[0]?.body).toBe('Glass 1 of 5 from your aftercare plan.');
    await speak('es');
    expect(waterReminders(fivePlan, 1)[0]?.body).toBe('Vaso 2 de 5 según tu plan de hidratación.');
  });
});

describe('drink sizes', () => {
  it('names the cups and bottles in the language of the moment', async () => {
    await speak('pt-BR');
    expect(drinkSizes('coffee', 'ml', 250).map((s) => s.label)).toEqual(['Copo', 'Espresso', 'Xícara', 'Caneca']);
  });
});
