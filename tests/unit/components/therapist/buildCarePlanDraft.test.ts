import { describe, expect, it } from 'vitest';
import { buildCarePlanDraft, initialTherapistForm, type TherapistForm } from '../../../../src/components/therapist/buildCarePlanDraft';
import { doseSummary, draftFromExercise, exerciseFromDraft, newCustomDraft } from '../../../../src/components/therapist/exerciseDraft';
import { modulePath } from '../../../../src/components/therapist/QrCode';
import { DEFAULT_PHYSICIAN_NOTE, validateCarePlan } from '../../../../src/domain/carePlan/carePlan';
import { EXERCISE_LIBRARY, findLibraryExercise } from '../../../../src/domain/exercises/exerciseLibrary';

const NOW = Date.UTC(2026, 4, 12, 16, 0);
const form = (change: Partial<TherapistForm>): TherapistForm => ({ ...initialTherapistForm(NOW), kind: 'sports', therapistName: 'Sam', ...change });

describe('exercise drafts', () => {
  it('round-trip every library exercise unchanged', () => {
    for (const exercise of EXERCISE_LIBRARY) expect(exerciseFromDraft(draftFromExercise(exercise))).toEqual(exercise);
  });

  it('show whole weeks in weeks and keep both reps and hold while switching', () => {
    const draft = draftFromExercise(findLibraryExercise('chin-tuck')!);
    expect(draft).toMatchObject({ durationAmount: 3, durationUnit: 'weeks', dose: 'reps', reps: 10 });
    const held = exerciseFromDraft({ ...draft, dose: 'hold', holdSeconds: 15 });
    expect(held.holdSeconds).toBe(15);
    expect(held).not.toHaveProperty('reps');
    expect(exerciseFromDraft({ ...draft, durationUnit: 'days', durationAmount: 10 }).durationDays).toBe(10);
  });

  it('summarise the dose in words', () => {
    expect(doseSummary(findLibraryExercise('neck-side-bend')!)).toBe('2 sets × hold 30 s, twice a day, for 3 weeks');
    expect(doseSummary({ ...exerciseFromDraft(newCustomDraft('custom-1')), sets: 1, durationDays: 10 })).toBe('1 set × 10 reps, once a day, for 10 days');
  });
});

describe('buildCarePlanDraft', () => {
  it('gives validateCarePlan a plan it accepts, with the id left for it to derive', () => {
    const draft = buildCarePlanDraft(form({ endedAt: '2026-05-12T15:00' }), NOW, 'UTC');
    expect(draft).toMatchObject({ v: 1, id: '', issuedAt: NOW, timeZone: 'UTC', dos: [''], donts: [''] });
    expect(draft.series).toBeUndefined();
    expect(draft.nextAppointment).toBeUndefined();
    const checked = validateCarePlan(draft, NOW);
    expect(checked.ok && checked.plan.id).toMatch(/^plan-[0-9a-f]{16}$/);
  });

  it('sends the physician note only for a kind that calls for one', () => {
    expect(buildCarePlanDraft(form({}), NOW, 'UTC').physicianNote).toBeUndefined();
    expect(buildCarePlanDraft(form({ kind: 'oncology' }), NOW, 'UTC').physicianNote).toBe(DEFAULT_PHYSICIAN_NOTE);
  });

  it('leaves half a series for the domain to name', () => {
    const checked = validateCarePlan(buildCarePlanDraft(form({ everyWeeks: 2, endedAt: '2026-05-12T15:00' }), NOW, 'UTC'), NOW);
    expect(checked.ok ? [] : checked.errors).toEqual(['The number of sessions in the series must be a whole number from 1 to 52.']);
  });
});

describe('modulePath', () => {
  it('draws each horizontal run of dark modules as one rectangle', () => {
    expect(modulePath([[true, true, false, true], [false, false, false, false]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
  });
});
