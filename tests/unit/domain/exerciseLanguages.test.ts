// @vitest-environment node
/**
 * The exercise library in every language, and the rule that decides which words a client reads: a
 * library exercise (by its id) in the active language, line by line, while the therapist's own words
 * stay as written, including in plans saved before languages came.
 */
import { describe, expect, it } from 'vitest';
import { guidedText, loadCatalogue, LOCALES, useCatalogue, type Catalogue, type Locale } from '../../../src/domain/i18n';
import { english } from '../../../src/domain/i18n/english';
import { BODY_REGION_IDS, BODY_REGIONS, regionLabel } from '../../../src/domain/exercises/bodyRegions';
import { EXERCISE_LIBRARY, findLibraryExercise, type Exercise } from '../../../src/domain/exercises/exerciseLibrary';
import { exerciseWords, libraryWordsOf, storedExerciseWords, withExerciseWords } from '../../../src/domain/exercises/exerciseWords';
import { FIGURES, figureAlt } from '../../../src/domain/exercises/figures';
import { describeSet, guidedAnnouncement, startGuided } from '../../../src/domain/exercises/guidedSession';
import { searchLibrary } from '../../../src/domain/exercises/librarySearch';
import { planStartDate } from '../../../src/domain/exercises/exerciseSchedule';
import { planSummary } from '../../../src/domain/exercises/planSummary';
import { addIsoDays } from '../../../src/domain/time/localDay';
import { roundName } from '../../../src/domain/exercises/roundNames';
import { validateExercise } from '../../../src/domain/exercises/exerciseSchema';
import { EXERCISE_LIMITS } from '../../../src/domain/limits/limits';
import { validPlan } from './carePlanFixtures';

const OTHERS = LOCALES.filter((locale): locale is Exclude<Locale, 'en'> => locale !== 'en');

async function catalogueOf(locale: Locale): Promise<Catalogue> {
  return locale === 'en' ? english : (await loadCatalogue(locale)).catalogue!;
}

async function speak(locale: Locale): Promise<void> {
  useCatalogue(locale, await loadCatalogue(locale));
}

const calf = () => findLibraryExercise('calf-stretch')!;

describe.each(LOCALES)('the exercise library in %s', (locale) => {
  it('names and explains every exercise, step for step and caution for caution, within the plan limits', async () => {
    const { library } = (await catalogueOf(locale)).exercises;
    expect(Object.keys(library).sort()).toEqual(EXERCISE_LIBRARY.map((e) => e.id).sort());
    for (const exercise of EXERCISE_LIBRARY) {
      const words = library[exercise.id as keyof typeof library];
      expect(words.name.trim(), exercise.id).not.toBe('');
      expect(words.name.length, exercise.id).toBeLessThanOrEqual(EXERCISE_LIMITS.nameChars);
      // Same count as the English: a stored line is found by its position in the English.
      expect(words.steps, exercise.id).toHaveLength(exercise.steps.length);
      expect(words.cautions, exercise.id).toHaveLength(exercise.cautions.length);
      for (const line of [...words.steps, ...words.cautions]) {
        expect(line.trim(), exercise.id).not.toBe('');
        expect(line.length, exercise.id).toBeLessThanOrEqual(EXERCISE_LIMITS.steps.maxChars);
        expect(line, exercise.id).toMatch(/[.!?]$/);
      }
    }
  });

  it('tells the client to stop on sharp pain, numbness or tingling, in the same words in every exercise', async () => {
    const { library } = (await catalogueOf(locale)).exercises;
    const stops = new Set(Object.values(library).map((words) => words.cautions[0]));
    expect(stops.size).toBe(1);
  });

  it('describes every figure and names every body region', async () => {
    const catalogue = await catalogueOf(locale);
    expect(Object.keys(catalogue.figures.byId).sort()).toEqual(Object.keys(FIGURES).sort());
    for (const words of Object.values(catalogue.figures.byId)) {
      expect(words.alt.length).toBeGreaterThan(40);
      expect(words.area.trim()).not.toBe('');
    }
    for (const region of BODY_REGION_IDS) expect(catalogue.exercisePlan.regions[region].trim()).not.toBe('');
  });
});

describe.each(OTHERS)('%s, against the English', (locale) => {
  it('translates every name, step, caution, figure and region rather than copying the English', async () => {
    const { exercises, exercisePlan, figures } = await catalogueOf(locale);
    for (const exercise of EXERCISE_LIBRARY) {
      const words = exercises.library[exercise.id as keyof typeof exercises.library];
      const en = english.exercises.library[exercise.id as keyof typeof exercises.library];
      expect(words.name, exercise.id).not.toBe(en.name);
      words.steps.forEach((step, i) => expect(step, `${exercise.id} step ${i + 1}`).not.toBe(en.steps[i]));
      words.cautions.forEach((caution, i) => expect(caution, `${exercise.id} caution ${i + 1}`).not.toBe(en.cautions[i]));
    }
    for (const [id, words] of Object.entries(figures.byId)) {
      const en = english.figures.byId[id as keyof typeof figures.byId];
      expect(words.alt, id).not.toBe(en.alt);
      expect(words.area, id).not.toBe(en.area);
    }
    for (const region of BODY_REGION_IDS) expect(exercisePlan.regions[region]).not.toBe(english.exercisePlan.regions[region]);
  });

  it('keeps each language its own: no two exercises share a name', async () => {
    const { library } = (await catalogueOf(locale)).exercises;
    const names = Object.values(library).map((words) => words.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('exerciseWords: which words a client reads', () => {
  it('gives a library exercise in the active language, and the English while English is active', async () => {
    expect(exerciseWords(calf())).toEqual({ name: 'Calf stretch', steps: calf().steps, cautions: calf().cautions });
    await speak('es');
    const words = exerciseWords(calf());
    expect(words.name).toBe('Estiramiento de gemelos');
    expect(words.steps[0]).toBe('Ponte frente a una pared con las manos apoyadas en ella.');
    expect(words.cautions[0]).toBe('Para si sientes un dolor agudo, entumecimiento u hormigueo.');
    await speak('de');
    expect(exerciseWords(calf()).name).toBe('Wadendehnung');
  });

  it('keeps a custom exercise, and every line the therapist wrote or changed, as written', async () => {
    await speak('es');
    const custom: Exercise = { id: 'custom-1', name: 'Shoulder rolls', steps: ['Roll both shoulders back slowly.'], cautions: [], sets: 1, reps: 10, timesPerDay: 1, durationDays: 3 };
    expect(exerciseWords(custom)).toEqual({ name: 'Shoulder rolls', steps: ['Roll both shoulders back slowly.'], cautions: [] });
    // A custom exercise that happens to reuse a library line is still the therapist's text.
    expect(exerciseWords({ ...custom, steps: [calf().steps[0]!] }).steps).toEqual([calf().steps[0]]);

    const edited = { ...calf(), name: 'Calf stretch, left leg only', steps: [calf().steps[0]!, 'Use the kitchen wall.', calf().steps[3]!] };
    const words = exerciseWords(edited);
    expect(words.name).toBe('Calf stretch, left leg only');
    expect(words.steps).toEqual(['Ponte frente a una pared con las manos apoyadas en ella.', 'Use the kitchen wall.', 'Mantén la postura y cambia de pierna.']);
    expect(words.cautions[1]).toBe('Entra despacio en un estiramiento suave; nunca debe doler.');
  });

  it('resolves a plan saved before languages (no region, sides or figure) by its id', async () => {
    await speak('fr');
    const { region: _r, sides: _s, ...savedBefore } = findLibraryExercise('chin-tuck')!;
    expect(exerciseWords(savedBefore).name).toBe('Rentrée du menton');
    expect(withExerciseWords(savedBefore)).toMatchObject({ id: 'chin-tuck', sets: 2, reps: 10, name: 'Rentrée du menton' });
  });

  it('draws a library from another catalogue when asked (a handout in the client’s language) without switching', async () => {
    expect(exerciseWords(calf(), libraryWordsOf(await loadCatalogue('pt-BR'))).name).toBe('Alongamento da panturrilha');
    expect(exerciseWords(calf()).name).toBe('Calf stretch');
    // A Spanish screen printing an English client's handout.
    await speak('es');
    expect(exerciseWords(calf(), libraryWordsOf(await loadCatalogue('en'))).name).toBe('Calf stretch');
    expect(exerciseWords(calf()).name).toBe('Estiramiento de gemelos');
  });

  it('turns the library’s lines shown in a language back into the stored English, leaving the therapist’s own', async () => {
    await speak('es');
    const shown = { ...calf(), ...exerciseWords(calf()) };
    expect(storedExerciseWords(shown)).toEqual({ name: calf().name, steps: calf().steps, cautions: calf().cautions });
    const changed = { ...shown, steps: [...shown.steps, 'Hazlo también después de correr.'] };
    expect(storedExerciseWords(changed).steps).toEqual([...calf().steps, 'Hazlo también después de correr.']);
  });
});

describe('the rest of the exercise words in Spanish and French', () => {
  it('names rounds, sets and what a screen reader hears', async () => {
    await speak('es');
    expect(roundName(1, 2)).toBe('Por la mañana');
    expect(roundName(5, 6)).toBe('Ronda 5 de 6');
    const chin = findLibraryExercise('chin-tuck')!;
    expect(describeSet({ exercise: chin, round: 1, set: 2 })).toBe('Retracción de barbilla, por la mañana, serie 2 de 2');
    const neck = findLibraryExercise('neck-side-bend')!;
    expect(describeSet({ exercise: neck, round: 2, set: 1, side: 'left' })).toBe('Inclinación lateral del cuello, por la noche, serie 1 de 2, lado izquierdo');
    expect(guidedAnnouncement({ session: startGuided([{ exercise: chin, round: 1, set: 1 }]), cue: 'skipped' }))
      .toBe('Saltado. Retracción de barbilla, por la mañana, serie 1 de 2.');
    expect(guidedAnnouncement({ session: startGuided([]), cue: 'set-done' })).toBe('Serie hecha. Eso es todo por esta vez.');
  });

  it('names body regions in the active language, read when used', async () => {
    const lowerBack = BODY_REGIONS.find((region) => region.id === 'lower-back')!;
    expect(lowerBack.label).toBe('Lower back');
    await speak('es');
    expect(lowerBack.label).toBe('Zona lumbar');
    expect(regionLabel('arms-wrists')).toBe('Brazos y muñecas');
  });

  it('describes a figure for people who cannot see it', async () => {
    await speak('de');
    expect(figureAlt({ id: 'calf-stretch' })).toMatch(/^Vor einer Wand, .* Hervorgehoben: die Wade des hinteren Beins\.$/);
    expect(figureAlt({ id: 'custom-1', figure: 'calf-stretch' })).toBe(figureAlt({ id: 'calf-stretch' }));
    expect(figureAlt({ id: 'custom-1' })).toBe('');
  });

  it('sums up a plan with French plurals: 0 and 1 set are singular, 2 plural, and a French percent', async () => {
    await speak('fr');
    const exercises = [{ ...findLibraryExercise('chin-tuck')!, sets: 1, timesPerDay: 1, durationDays: 2 }];
    const plan = validPlan({ exercises });
    const check = (localDate: string) => ({ carePlanId: plan.id, exerciseId: 'chin-tuck', localDate, round: 1, setsDone: 1 });
    const start = planStartDate(plan);
    const end = addIsoDays(start, 5);
    expect(planSummary(plan, [], end).text).toMatch(/^Vous avez fait 0 série sur 2 \(0\s%\)\. Aucune n’a été cochée\./);
    expect(planSummary(plan, [check(start)], end).text).toMatch(/^Vous avez fait 1 série sur 2 \(50\s%\)\. Chaque série compte\./);
    const all = planSummary(plan, [check(start), { ...check(start), localDate: addIsoDays(start, 1) }], end);
    expect(all.text).toMatch(/^Vous avez fait 2 séries sur 2 \(100\s%\)\. Bravo/);
    // Worded when read: a summary kept in a signal follows a switch of language.
    await speak('en');
    expect(all.text).toMatch(/^You did 2 of 2 sets \(100%\)\. Well done/);
  });

  it('says what is wrong with an exercise in the active language, with its position', async () => {
    await speak('es');
    const errors: string[] = [];
    validateExercise({ ...calf(), id: 'Not An Id', reps: 5 }, 3, errors);
    expect(errors).toContain('El ejercicio 3 no tiene un identificador válido.');
    expect(errors).toContain('Indica para el ejercicio 3 un número de repeticiones o cuántos segundos mantener, no las dos cosas.');
  });
});

describe('plurals in the guided session', () => {
  it.each([
    ['en', '1 rep', '2 reps', '0 reps', 'Hold: 1 second left', 'Chin tuck: 0 of 1 set'],
    ['es', '1 repetición', '2 repeticiones', '0 repeticiones', 'Mantener: queda 1 segundo', 'Retracción de barbilla: 0 de 1 serie'],
    ['fr', '1 répétition', '2 répétitions', '0 répétition', 'Maintien : encore 1 seconde', 'Rentrée du menton : 0 série sur 1'],
    ['de', '1 Wiederholung', '2 Wiederholungen', '0 Wiederholungen', 'Halten: noch 1 Sekunde', 'Kinn zurückschieben: 0 von 1 Satz'],
    ['pt-BR', '1 repetição', '2 repetições', '0 repetição', 'Segurar: falta 1 segundo', 'Retração do queixo: 0 de 1 série'],
  ] as const)('%s: 1, 2 and 0 take their own forms', async (locale, one, two, zero, secondLeft, summaryLine) => {
    await speak(locale);
    const t = guidedText();
    expect([t.reps(1), t.reps(2), t.reps(0)]).toEqual([one, two, zero]);
    expect(t.secondsLeft(t.hold, 1)).toBe(secondLeft);
    expect(t.exerciseSets(exerciseWords(findLibraryExercise('chin-tuck')!).name, 0, 1)).toBe(summaryLine);
  });
});

describe('searching the library in the active language', () => {
  it('finds a Spanish name, accents or not, and still finds the English', async () => {
    await speak('es');
    const ids = (text: string) => searchLibrary(EXERCISE_LIBRARY, text).map((e) => e.id);
    expect(ids('gemelos')).toEqual(['calf-stretch']);
    expect(ids('inclinacion lateral')).toEqual(['neck-side-bend']);
    expect(ids('Retracción de barbilla')).toEqual(['chin-tuck']);
    expect(ids('calf')).toContain('calf-stretch');
    expect(ids('chin tuck')).toContain('chin-tuck');
    expect(searchLibrary(EXERCISE_LIBRARY, 'omóplatos', 'upper-back').map((e) => e.id)).toContain('scapular-squeeze');
  });

  it('does not find Spanish words while English is the language', () => {
    expect(searchLibrary(EXERCISE_LIBRARY, 'gemelos')).toEqual([]);
  });
});
