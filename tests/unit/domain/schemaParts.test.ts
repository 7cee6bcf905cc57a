// @vitest-environment node
/** The shared parts every schema is built from, and the promise they make: only our own sentences reach a screen. */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { validateCarePlan } from '../../../src/domain/carePlan/carePlan';
import { checked, fieldErrorsOf, messagesOf, optionalText, text, textList, wholeNumber } from '../../../src/domain/checks/schemaParts';
import { checkBackup } from '../../../src/domain/backup/backupFormat';
import { validateProgressReport } from '../../../src/domain/report/progressReportSchema';
import { validateSession } from '../../../src/domain/session/sessionSchema';
import { validateSettings } from '../../../src/domain/settings/settingsSchema';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { NOW, planInput } from './carePlanFixtures';
import { loadCatalogue, useCatalogue } from '../../../src/domain/i18n';

const form = v.object({
  name: text("the therapist's name", 5),
  practice: optionalText("the practice's name", 5),
  sets: wholeNumber('the sets', { min: 1, max: 3 }),
  steps: textList('the steps', 'step {steps}', { minItems: 1, maxItems: 2, maxChars: 4 }),
});
const problems = (input: unknown) => {
  const result = v.safeParse(form, input);
  return result.success ? [] : messagesOf(result.issues);
};

describe('schema parts', () => {
  it('name a missing key and a null the same way, in the field’s own words', () => {
    const expected = ["Add the therapist's name.", 'The sets must be a whole number from 1 to 3.', 'The steps must be a list.'];
    expect(problems({})).toEqual(expected);
    expect(problems({ name: null, practice: null, sets: null, steps: null })).toEqual(expected);
  });

  it('clean text, leave optional blanks out, and say what is too long or not text', () => {
    const result = v.safeParse(form, { name: ' Ana\u202e ', practice: '   ', sets: 2, steps: ['Sit.'] });
    expect(result.success && result.output).toEqual({ name: 'Ana', practice: undefined, sets: 2, steps: ['Sit.'] });
    expect(problems({ name: 'Annabel', practice: 7, sets: 2, steps: ['Sit.'] }))
      .toEqual(["The therapist's name is too long (at most 5 characters).", "The practice's name must be text."]);
  });

  it('drop blank lines, count what is left, and name a line by its position in the list', () => {
    expect(problems({ name: 'Ana', sets: 1, steps: ['', 'Sit.', null, '  '] })).toEqual([]);
    expect(problems({ name: 'Ana', sets: 1, steps: ['', 'Stand up.'] })).toEqual(['Step 2 is too long (at most 4 characters).']);
    expect(problems({ name: 'Ana', sets: 1, steps: ['a', 'b', 'c'] })).toEqual(['The steps: at most 2, not 3.']);
    expect(problems({ name: 'Ana', sets: 1, steps: ['', ' '] })).toEqual(['Add the steps.']);
    // Far past the limit the list is refused as it came, without cleaning every line.
    expect(problems({ name: 'Ana', sets: 1, steps: Array(50).fill(42) })).toEqual(['The steps: at most 2, not 50.']);
  });

  it('fill positions from the issue path or from what the caller knows, and say each message once', () => {
    const list = v.object({ exercises: v.array(v.object({ steps: v.array(checked((x): x is string => typeof x === 'string', 'Step {steps} of exercise {exercises} is not text.')) })) });
    const result = v.safeParse(list, { exercises: [{ steps: ['a'] }, { steps: ['b', 3] }] });
    expect(result.success ? [] : messagesOf(result.issues)).toEqual(['Step 2 of exercise 2 is not text.']);
    const alone = v.safeParse(v.object({ steps: v.array(checked((x): x is string => typeof x === 'string', 'Step {steps} of exercise {exercises} is not text.')) }), { steps: [1, 2] });
    expect(alone.success ? [] : messagesOf(alone.issues, { exercises: 7 })).toEqual(['Step 1 of exercise 7 is not text.', 'Step 2 of exercise 7 is not text.']);
    const twice = v.safeParse(v.array(checked((_value): _value is string => false, 'Not text.')), [1, 2]);
    expect(twice.success ? [] : messagesOf(twice.issues)).toEqual(['Not text.']);
  });

  it('give a form one message per field, the first found', () => {
    const result = v.safeParse(form, { name: '', sets: 9, steps: [] });
    expect(result.success ? {} : fieldErrorsOf(result.issues)).toEqual({
      name: "Add the therapist's name.", sets: 'The sets must be a whole number from 1 to 3.', steps: 'Add the steps.',
    });
  });
});

describe('schema parts in another language', () => {
  // A field named by a function speaks the active language; a plain string is English, whole.
  const spanish = v.object({
    name: text(() => 'Nombre del terapeuta', 5),
    sets: wholeNumber(() => 'Series', { min: 1, max: 3 }),
    steps: textList(() => 'Pasos', () => 'Paso {steps}', { minItems: 1, maxItems: 2, maxChars: 4 }),
    practice: optionalText("the practice's name", 5),
  });
  const problemsIn = (input: unknown) => {
    const result = v.safeParse(spanish, input);
    return result.success ? [] : messagesOf(result.issues);
  };

  it('writes Spanish sentences around a Spanish field name, positions filled in', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    expect(problemsIn({ practice: 7 })).toEqual([
      'Nombre del terapeuta: campo obligatorio.',
      'Series: escribe un número entero del 1 al 3.',
      'Pasos: tiene que ser una lista.',
      "The practice's name must be text.",
    ]);
    expect(problemsIn({ name: 'Annabel', sets: 2, steps: ['', 'De pie.'] })).toEqual([
      'Nombre del terapeuta: como máximo 5 caracteres.',
      'Paso 2: como máximo 4 caracteres.',
    ]);
    expect(problemsIn({ name: 'Ana', sets: 2, steps: ['a', 'b', 'c'] })).toEqual(['Pasos: como máximo 2, no 3.']);
  });

  it('writes English sentences again once the language is English', () => {
    expect(problemsIn({ name: 'Ana', sets: 9, steps: ['a'] })).toEqual(['Series must be a whole number from 1 to 3.']);
  });
});

/** valibot's own messages start "Invalid …"; an unfilled position would show as "{name}". */
function isOurOwnSentence(message: string): boolean {
  return message.trim().length > 0 && !message.startsWith('Invalid ') && !/\{\w+\}/.test(message);
}

describe('every check, fed anything', { timeout: 120_000 }, () => {
  const anything = fc.jsonValue({ maxDepth: 4 });
  const planLike = fc.tuple(fc.constantFrom(...Object.keys(planInput())), anything)
    .map(([key, value]) => ({ ...planInput(), [key]: value }));

  it('answers only in its own sentences: plans, settings, sessions, reports and backups', () => {
    fc.assert(fc.property(fc.oneof(anything, planLike), (input) => {
      const plan = validateCarePlan(input, NOW);
      const report = validateProgressReport(input);
      const backup = checkBackup(input);
      const messages = [
        ...(plan.ok ? [] : plan.errors),
        ...(report.ok ? [] : report.errors),
        ...(backup.ok ? [] : [backup.error]),
        ...Object.values(validateSettings(input as never)),
        ...Object.values(validateSession(input as never, NOW)),
      ];
      for (const message of messages) expect(isOurOwnSentence(message as string), message as string).toBe(true);
    }), { numRuns: 1_500 });
  });

  it('never calls a form valid that is not even an object', () => {
    for (const input of [null, 5, 'settings', [], [DEFAULT_SETTINGS]]) {
      expect(Object.keys(validateSettings(input as never)).length).toBeGreaterThan(0);
      expect(Object.keys(validateSession(input as never, NOW)).sort()).toEqual(['endedAt', 'kind', 'pressure', 'usualGlassesPerDay']);
    }
  });
});
