/** The settings checks speak the reader's language: whole sentences, numbers and plurals as each language writes them. */
import { describe, expect, it } from 'vitest';
import { loadCatalogue, useCatalogue, type Locale } from '../../../src/domain/i18n';
import { settings as esSettings } from '../../../src/domain/i18n/es/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings/settings';
import { validateSettings } from '../../../src/domain/settings/settingsSchema';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
const speak = async (locale: Locale) => useCatalogue(locale, await loadCatalogue(locale));

describe('settings checks in Spanish', () => {
  it('say what is wrong with each field in Spanish', async () => {
    await speak('es');
    const errors = validateSettings(settings({ glassMl: 5000, wakeTime: 'siete', unit: 'cups' as never }));
    expect(errors.glassMl).toBe('Un vaso tiene que tener entre 50 y 1000 ml.');
    expect(errors.wakeTime).toBe('Escribe una hora de despertar, por ejemplo 07:00.');
    expect(errors.unit).toBe('Elige ml, fl oz o vasos.');
  });

  it('number the quiet period and name the room the reminders need', async () => {
    await speak('es');
    const second = validateSettings(settings({ quietHours: [{ start: '09:00', end: '10:00' }, { start: 'mediodía', end: '13:00' }] }));
    expect(second.quietHours).toBe('El periodo de silencio 2 necesita una hora de inicio y otra de fin, por ejemplo 12:30.');
    const order = validateSettings(settings({ exerciseTimes: ['18:00', '09:00'] }));
    expect(order.exerciseTimes).toBe(esSettings.check.exerciseTimesOrder);
  });

  it('list the spacings as Spanish lists them', async () => {
    await speak('es');
    expect(validateSettings(settings({ reminderSpacingMin: 20 as never })).reminderSpacingMin)
      .toBe('Elige recordatorios cada 30, 45, 60 o 90 minutos, o repartidos a lo largo del día.');
  });
});

describe('settings checks in other languages', () => {
  it('follow a switch of language on the next check', async () => {
    const bad = settings({ wakeTime: '08:00', bedtime: '08:00' });
    expect(validateSettings(bad).bedtime).toBe('Bedtime and wake time must be different times.');
    await speak('fr');
    expect(validateSettings(bad).bedtime).toBe('L’heure du coucher et l’heure du réveil doivent être différentes.');
    await speak('de');
    expect(validateSettings(bad).bedtime).toBe('Schlafenszeit und Aufstehzeit müssen verschieden sein.');
    await speak('pt-BR');
    expect(validateSettings(bad).bedtime).toBe('A hora de dormir e a hora de acordar precisam ser diferentes.');
  });

  it('write numbers and plurals as each language does', async () => {
    await speak('de');
    expect(validateSettings(settings({ glassMl: 5 })).glassMl).toBe('Ein Glas muss zwischen 50 und 1.000 ml fassen.');
    // Any two different times are a day (issue 10): a one-hour day is no error in any language.
    expect(validateSettings(settings({ wakeTime: '08:00', bedtime: '09:00' })).bedtime).toBeUndefined();
  });
});
