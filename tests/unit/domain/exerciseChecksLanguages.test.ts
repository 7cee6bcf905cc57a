// A custom exercise the therapist wrote wrongly is named in the desk's language, with its position.
import { describe, expect, it } from 'vitest';
import { loadCatalogue, useCatalogue, type Locale } from '../../../src/domain/i18n';
import { validateExercise } from '../../../src/domain/exercises/exerciseSchema';

const bad = { id: 'my-stretch', name: 'x'.repeat(200), steps: ['Lean', ''], cautions: [], sets: 0, reps: 10, timesPerDay: 1, durationDays: 14 };

async function problems(locale: Locale): Promise<string[]> {
  useCatalogue(locale, await loadCatalogue(locale));
  const errors: string[] = [];
  validateExercise(bad, 2, errors);
  return errors;
}

describe('the checks of an exercise', () => {
  it('name the field in English sentences', async () => {
    const errors = await problems('en');
    expect(errors.some((e) => /^The name of exercise 2 is too long/.test(e))).toBe(true);
    expect(errors.some((e) => /^The sets of exercise 2 must be a whole number/.test(e))).toBe(true);
  });

  it.each([
    ['es', /^Nombre del ejercicio 2: /, /^Series del ejercicio 2: /],
    ['fr', /^Nom de l’exercice 2 : ?/, /^Séries de l’exercice 2 ?: /],
    ['de', /^Name von Übung 2: /, /^Sätze von Übung 2: /],
    ['pt-BR', /^Nome do exercício 2: /, /^Séries do exercício 2: /],
  ] as const)('in %s, as labels before the problem, with no English left', async (locale, name, sets) => {
    const errors = await problems(locale);
    expect(errors.some((e) => name.test(e))).toBe(true);
    expect(errors.some((e) => sets.test(e))).toBe(true);
    expect(errors.join(' ')).not.toMatch(/\b(exercise|the|must)\b/);
  });
});
