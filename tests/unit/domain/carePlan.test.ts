// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_PHYSICIAN_NOTE, validateCarePlan, type CarePlanResult } from '../../../src/domain/carePlan/carePlan';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { plainText } from '../../../src/domain/checks/plainText';
import { DAY, HOUR, NOW, planInput, validPlan } from './carePlanFixtures';

const errorsOf = (result: CarePlanResult) => (result.ok ? [] : result.errors);
const invalid = (overrides: Record<string, unknown>, now = NOW) => errorsOf(validateCarePlan(planInput(overrides), now));
const exercise = (changes: Record<string, unknown>) => [{ ...EXERCISE_LIBRARY[0]!, ...changes }];

describe('validateCarePlan', () => {
  it('accepts an ordinary plan and gives it an id derived from its content', () => {
    const plan = validPlan();
    expect(plan.id).toMatch(/^plan-[0-9a-f]{16}$/);
    expect(validPlan().id).toBe(plan.id);
    expect(validPlan({ donts: ['No sauna today.'] }).id).not.toBe(plan.id);
    expect(plan.exercises).toEqual(EXERCISE_LIBRARY.slice(0, 3));
  });

  it('ignores an id and unknown fields that come with the input', () => {
    const plan = validPlan({ id: 'plan-evil', extra: '<script>' });
    expect(plan.id).not.toBe('plan-evil');
    expect(plan).not.toHaveProperty('extra');
  });

  it('refuses anything that is not a version 1 plan', () => {
    for (const input of [null, 'plan', [], {}, { ...planInput(), v: 2 }]) {
      expect(errorsOf(validateCarePlan(input, NOW))).toEqual(['This is not an Aftercare plan.']);
    }
  });

  it('refuses 500 exercises with one clear message', () => {
    const exercises = Array.from({ length: 500 }, (_, index) => ({ ...EXERCISE_LIBRARY[0]!, id: `custom-${index}` }));
    expect(invalid({ exercises })).toEqual(['A plan can hold at most 20 exercises; this one has 500.']);
  });

  it('keeps markup as plain text and removes invisible controls and bidi overrides', () => {
    const plan = validPlan({
      therapist: { name: ' <script>alert(1)</script>\u0000 Ana\n\tLopez \u202eevil\u202c ' },
      dos: ['  ', 'Walk\r\nfor 10 minutes', null, ''],
    });
    expect(plan.therapist.name).toBe('<script>alert(1)</script> Ana Lopez evil');
    expect(plan.dos).toEqual(['Walk for 10 minutes']);
    expect(plan.therapist).not.toHaveProperty('practice', expect.anything());
  });

  it('replaces a lone surrogate, as UTF-8 would, so a plan survives its trip through a link', () => {
    expect(plainText('a\ud800b 😀')).toBe('a\ufffdb 😀');
    expect(plainText(plainText('x\u0085\u2066y '))).toBe('x y');
  });

  it.each([
    ['a missing therapist name', { therapist: { name: '  ' } }, "Add the therapist's name."],
    ['a name over 80 characters', { therapist: { name: 'x'.repeat(81) } }, "The therapist's name is too long (at most 80 characters)."],
    ['a number as a name', { therapist: { name: 42 } }, "The therapist's name must be text."],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, "The plan's time zone is missing or not one this device knows."],
    ['an offset instead of a zone', { timeZone: '+05:00' }, "The plan's time zone is missing or not one this device knows."],
    ['a plan dated in the future', { issuedAt: NOW + HOUR }, "The plan's date is in the future. Check the date and time on this device."],
    ['a plan dated before the app existed', { issuedAt: 1_000 }, "The plan's date is not valid."],
    ['a session after the plan was made', { session: { kind: 'sports', pressure: 'deep', usualGlassesPerDay: 4, endedAt: NOW } },
      "The session can't end in the future."],
    ['an unknown kind of massage', { session: { kind: 'hot-stone', pressure: 'deep', usualGlassesPerDay: 4, endedAt: NOW - DAY } },
      'Choose the kind of massage.'],
    ['eleven do notes', { dos: Array.from({ length: 11 }, (_, i) => `Do ${i}`) }, 'The do notes: at most 10, not 11.'],
    ["a don't note over 200 characters", { donts: ['x'.repeat(201)] }, "Don't note 1 is too long (at most 200 characters)."],
    ['a series of 0 sessions', { series: { everyWeeks: 2, sessions: 0 } }, 'The number of sessions in the series must be a whole number from 1 to 52.'],
    ['an appointment before the session', { nextAppointment: NOW - 3 * HOUR }, 'The next appointment must be after the session.'],
    ['an appointment over a year ahead', { nextAppointment: NOW + 400 * DAY }, 'The next appointment must be within a year of the plan.'],
    ['a physician note over 500 characters', { physicianNote: 'x'.repeat(501) }, 'The physician note is too long (at most 500 characters).'],
  ])('refuses %s', (_, overrides, message) => {
    expect(invalid(overrides)).toContain(message);
  });

  it('says "The next appointment is in the past" for a new plan, and accepts it for a stored one', () => {
    const input = planInput({ nextAppointment: NOW - HOUR / 2 });
    expect(errorsOf(validateCarePlan(input, NOW))).toEqual(['The next appointment is in the past.']);
    expect(validateCarePlan(input, NOW, { allowPastAppointment: true }).ok).toBe(true);
  });

  it('adds the default physician note for a kind that calls for approval, and keeps the therapist’s own', () => {
    const lymphatic = { kind: 'lymphatic', pressure: 'light', usualGlassesPerDay: 8, endedAt: NOW - HOUR };
    expect(validPlan({ session: lymphatic }).physicianNote).toBe(DEFAULT_PHYSICIAN_NOTE);
    expect(validPlan({ session: lymphatic, physicianNote: 'Cleared by Dr. Osei on 2 May.' }).physicianNote)
      .toBe('Cleared by Dr. Osei on 2 May.');
    expect(validPlan()).not.toHaveProperty('physicianNote');
  });

  it('stops after ten messages however broken the input', () => {
    const exercises = Array.from({ length: 20 }, () => ({ id: 'X', name: '', steps: 'no' }));
    expect(invalid({ exercises }).length).toBe(10);
  });
});

describe('exercises in a plan', () => {
  it.each([
    ['both reps and a hold', { reps: 10, holdSeconds: 30 }, 'Give exercise 1 either a number of reps or a hold time, not both.'],
    ['neither reps nor a hold', { holdSeconds: undefined }, 'Give exercise 1 a number of reps or a hold time.'],
    ['a hold under 5 seconds', { holdSeconds: 4 }, 'The hold time in seconds of exercise 1 must be a whole number from 5 to 600.'],
    ['101 reps', { holdSeconds: undefined, reps: 101 }, 'The reps of exercise 1 must be a whole number from 1 to 100.'],
    ['11 sets', { sets: 11 }, 'The sets of exercise 1 must be a whole number from 1 to 10.'],
    ['2.5 sets', { sets: 2.5 }, 'The sets of exercise 1 must be a whole number from 1 to 10.'],
    ['7 times a day', { timesPerDay: 7 }, 'The times a day of exercise 1 must be a whole number from 1 to 6.'],
    ['181 days', { durationDays: 181 }, 'The number of days of exercise 1 must be a whole number from 1 to 180.'],
    ['no steps', { steps: [] }, 'Add the steps of exercise 1.'],
    ['13 steps', { steps: Array.from({ length: 13 }, (_, i) => `Step ${i}`) }, 'The steps of exercise 1: at most 12, not 13.'],
    ['a step over 300 characters', { steps: ['x'.repeat(301)] }, 'Step 1 of exercise 1 is too long (at most 300 characters).'],
    ['an id with capitals', { id: 'Neck' }, 'Exercise 1 has no valid id.'],
  ])('refuses %s', (_, changes, message) => {
    expect(invalid({ exercises: exercise(changes) })).toContain(message);
  });

  it('refuses the same exercise twice', () => {
    expect(invalid({ exercises: [EXERCISE_LIBRARY[0], EXERCISE_LIBRARY[0]] })).toEqual(['Exercise 2 (Neck side bend) is in the plan twice.']);
  });

  it('accepts an exercise written from scratch with no cautions', () => {
    const own = { id: 'custom-1', name: 'Shoulder rolls', steps: ['Roll your shoulders back slowly.'], cautions: [], sets: 1, reps: 15, timesPerDay: 2, durationDays: 10 };
    expect(validPlan({ exercises: [own] }).exercises).toEqual([own]);
  });
});
