/** The guided session: today's exercises one set at a time, its controls, and what a screen reader hears. */
import { namespace } from '../active';
import { plural } from '../plural';

type Side = 'left' | 'right';

export const guided = {
  title: 'Guided exercises',
  loading: 'Loading your plan…',
  noPlanTitle: 'No exercises to guide',
  noPlan: 'Your therapist’s plan isn’t on this phone yet.',
  backHome: 'Back to Aftercare',
  screenStaysOn: 'The screen stays on until you finish or stop.',

  setOf: (set: number, sets: number) => `Set ${set} of ${sets}`,
  side: { left: 'Left side', right: 'Right side' } satisfies Record<Side, string>,
  reps: (reps: number) => plural('en', reps, { one: '# rep', other: '# reps' }),
  holdFor: (seconds: number) => `Hold ${seconds} s`,
  cautions: 'Cautions',
  hold: 'Hold',
  rest: 'Rest',
  paused: 'Paused',
  /** The countdown's bar, read on demand: "Hold: 20 seconds left". */
  secondsLeft: (what: string, seconds: number) =>
    plural('en', seconds, { one: `${what}: # second left`, other: `${what}: # seconds left` }),
  /** `next` is a set as describeSet writes it. */
  next: (next: string) => `Next: ${next}`,

  pause: 'Pause',
  resume: 'Resume',
  startHold: (seconds: number, side?: Side) =>
    side === undefined ? `Start ${seconds} s hold` : `Start ${seconds} s hold (${side} side)`,
  leftSideDone: 'Left side done',
  setDone: 'Set done',
  skipRest: 'Skip the rest',
  skipSet: 'Skip this set',
  skipExercise: (name: string) => `Skip ${name}`,
  stop: 'Stop for now',
  cuesLegend: 'When a hold or rest ends',
  beep: 'Beep',
  vibrate: 'Vibrate',

  wellDone: 'Well done',
  nothingLeft: 'Nothing left to do',
  setsDoneToday: 'Sets done today:',
  /** One line of the summary: "Chin tuck: 1 of 6 sets". */
  exerciseSets: (name: string, done: number, expected: number) =>
    plural('en', expected, { one: `${name}: ${done} of # set`, other: `${name}: ${done} of # sets` }),
  doneForToday: 'Done for today',
  everySetDone: 'Every set is checked off.',
  restIsForLater: 'The rest of today’s sets are for later. Come back when it’s time for the next round.',
  nextRoundNow: 'Start the next round now',
  backToExercises: 'Back to today’s exercises',

  /** One set in a line: "Chin tuck, Morning, set 2 of 2, left side"; `round` is absent once a day. */
  describeSet: (name: string, round: string | undefined, set: number, sets: number, side?: Side) =>
    `${name}, ${round ? `${round}, ` : ''}set ${set} of ${sets}${side ? `, ${side} side` : ''}`,
  /** What a screen reader hears after each step: what just happened, then what comes next. */
  cues: {
    'hold-complete': 'Hold complete.',
    'side-done': 'That side is done.',
    'set-done': 'Set done.',
    'rest-over': 'Rest over.',
    skipped: 'Skipped.',
    paused: 'Paused.',
    resumed: 'Carrying on.',
  },
  sittingDone: 'That is everything for this sitting.',
  restThenNext: (seconds: number, next: string) => `Rest ${seconds} seconds. Next: ${next}.`,
  nowDoing: (set: string) => `${set}.`,
};
export type GuidedMessages = typeof guided;
export const guidedText = namespace('guided', guided);
