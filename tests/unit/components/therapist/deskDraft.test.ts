import { describe, expect, it } from 'vitest';
import { initialTherapistForm } from '../../../../src/components/therapist/buildCarePlanDraft';
import { applyTemplate, nextClientForm, restoreForm, starterTemplates, templateOf } from '../../../../src/components/therapist/deskDraft';
import { draftFromExercise } from '../../../../src/components/therapist/exerciseDraft';
import { EXERCISE_LIBRARY } from '../../../../src/domain/exercises/exerciseLibrary';

const NOW = Date.UTC(2026, 11, 1, 10);
const filled = {
  ...initialTherapistForm(NOW), kind: 'deep-tissue' as const, clientName: 'Sam', dos: 'Walk.', everyWeeks: 2, sessions: Number.NaN,
  exercises: [draftFromExercise(EXERCISE_LIBRARY[0]!)], therapistName: 'Maria', practice: 'Riverside', contact: '020 7946 0000',
};

describe('the desk’s memory', () => {
  it('restores a draft saved as JSON, empty number boxes included', () => {
    const stored = JSON.parse(JSON.stringify(filled)) as unknown;
    expect(restoreForm(stored, undefined, NOW)).toEqual(filled);
  });

  it('opens a fresh form with the remembered therapist when there is no draft', () => {
    const form = restoreForm(undefined, { therapistName: 'Maria', practice: 'Riverside', contact: 'x', kind: 'relaxation' }, NOW);
    expect(form).toEqual({ ...initialTherapistForm(NOW), therapistName: 'Maria', practice: 'Riverside', contact: 'x' });
  });

  it('ignores what does not fit the form rather than breaking the screen', () => {
    const form = restoreForm({ kind: 'massage-gun', pressure: 7, exercises: [{ id: 1 }, 'x'], dos: ['a'], clientName: 'Sam', extra: true }, undefined, NOW);
    expect(form).toEqual({ ...initialTherapistForm(NOW), clientName: 'Sam' });
    expect(restoreForm('not a form', null, NOW)).toEqual(initialTherapistForm(NOW));
  });

  it('a template keeps the plan’s reusable part only, and using one leaves the client and therapist alone', () => {
    const template = templateOf(filled);
    expect(Object.keys(template).sort()).toEqual(['donts', 'dos', 'everyWeeks', 'exercises', 'kind', 'physicianNote', 'pressure', 'sessions']);
    const next = nextClientForm(filled, NOW);
    expect(next).toEqual({ ...initialTherapistForm(NOW), therapistName: 'Maria', practice: 'Riverside', contact: '020 7946 0000' });
    const used = applyTemplate(next, JSON.parse(JSON.stringify(template)) as Record<string, unknown>);
    expect(used).toEqual({ ...next, ...template });
  });

  it('ships "Desk neck and shoulders" built from the library', () => {
    const desk = starterTemplates().find((t) => t.name === 'Desk neck and shoulders')!;
    expect(desk.content.exercises?.map((e) => e.id)).toEqual(['neck-side-bend', 'upper-trapezius-stretch', 'chin-tuck', 'doorway-chest-stretch']);
  });
});
