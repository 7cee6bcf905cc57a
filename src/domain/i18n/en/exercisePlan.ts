/** The words around the home exercises: body regions, the names of a day's rounds, the end-of-plan summary and the checks' messages. */
import { namespace } from '../active';
import type { BodyRegion } from '../../exercises/bodyRegions';
import { plural } from '../plural';

export const exercisePlan = {
  regions: {
    neck: 'Neck',
    shoulders: 'Shoulders',
    chest: 'Chest',
    'upper-back': 'Upper back',
    'lower-back': 'Lower back',
    hips: 'Hips',
    legs: 'Legs',
    feet: 'Feet',
    'arms-wrists': 'Arms and wrists',
  } satisfies Record<BodyRegion, string>,
  /** A round named by its part of the day (see domain/exercises/roundNames.ts), or numbered past four a day. */
  rounds: {
    morning: 'Morning',
    midday: 'Midday',
    afternoon: 'Afternoon',
    evening: 'Evening',
    numbered: (round: number, of: number) => `Round ${round} of ${of}`,
  },
  /** The end of a plan's home exercises, said honestly: what was done, and praise only when earned. */
  summary: {
    noneDue: 'No home exercises were due.',
    /** `percent` is already written the locale's way ("73%", "73 %"). */
    done: (done: number, expected: number, percent: string) =>
      plural('en', expected, { one: `You did ${done} of # set (${percent}).`, other: `You did ${done} of # sets (${percent}).` }),
    praise: 'Well done: that is what your therapist asked for, or close to it.',
    noneChecked: 'None were checked off. Tell your therapist how it went; they can fit the next plan to your days.',
    someChecked: 'Every set counts. Tell your therapist how it went; they can fit the next plan to your days.',
  },
  /** Problems with an exercise from a form, a link or a backup; `{exercises}` is its position, filled in later. */
  /** Field names in the checks (domain/checks): noun phrases for the English sentences; `{exercises}`, `{steps}` and `{cautions}` are positions. */
  fields: {
    name: 'the name of exercise {exercises}',
    steps: 'the steps of exercise {exercises}',
    step: 'step {steps} of exercise {exercises}',
    cautions: 'the cautions of exercise {exercises}',
    caution: 'caution {cautions} of exercise {exercises}',
    sets: 'the sets of exercise {exercises}',
    reps: 'the reps of exercise {exercises}',
    holdSeconds: 'the hold time in seconds of exercise {exercises}',
    timesPerDay: 'the times a day of exercise {exercises}',
    durationDays: 'the number of days of exercise {exercises}',
  },
  checks: {
    invalidId: 'Exercise {exercises} has no valid id.',
    notAnExercise: 'Exercise {exercises} is not a valid exercise.',
    unknownRegion: "Exercise {exercises} names a body region this app doesn't know.",
    sidesMissing: 'Exercise {exercises} must say whether it is done one side at a time.',
    invalidFigure: 'Exercise {exercises} names an illustration that is not valid.',
    repsOrHold: 'Give exercise {exercises} a number of reps or a hold time.',
    notBoth: 'Give exercise {exercises} either a number of reps or a hold time, not both.',
    notAList: 'The exercises must be a list.',
    tooMany: (max: number, received: string) => `A plan can hold at most ${max} exercises; this one has ${received}.`,
    twice: (position: number, name: string) => `Exercise ${position} (${name}) is in the plan twice.`,
  },
};
export type ExercisePlanMessages = typeof exercisePlan;
export const exercisePlanText = namespace('exercisePlan', exercisePlan);
