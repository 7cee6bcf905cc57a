/**
 * The therapist's plan on the client's phone: opening its link, Home's card, today's exercises,
 * progress, and the reminders it asks for. The therapist's own words (names, notes, custom
 * exercises) come from the plan and stay as written.
 */
import { namespace } from '../active';
import { plural } from '../plural';

const count = (n: number, one: string, other: string) => plural('en', n, { one, other });

/** An exercise's dose: sets of reps, or sets of a hold in seconds. */
export interface DoseWords {
  sets: number;
  reps?: number;
  holdSeconds?: number;
}

export const carePlan = {
  loading: 'Loading your plan…',
  backHome: 'Back to Aftercare',
  planFrom: (therapist: string) => `Plan from ${therapist}`,
  dose: ({ sets, reps, holdSeconds }: DoseWords) => (reps ? `${sets} × ${count(reps, '# rep', '# reps')}` : `${sets} × ${holdSeconds} s hold`),
  home: {
    checkInWaiting: 'Check-in waiting:',
    /** After "Check-in waiting:": what it is for (checkIns). */
    checkInDue: (heading: string) => `${heading}.`,
    exercisesEnded: 'Home exercises ended.',
    sendProgress: 'Send my progress',
    todaysExercises: 'Today’s exercises',
    checkIn: 'Check-in',
    myProgress: 'My progress',
  },
  import: {
    opening: 'Opening the plan…',
    noPlanInLink: 'This link has no plan in it. Ask your therapist to send it again.',
    cantOpen: 'This plan can’t be opened',
    nothingSaved: 'Nothing was saved.',
    goHome: 'Go to Aftercare',
    alreadyHere: 'You already have this plan on this phone. Opening it again adds nothing.',
    unverified: 'This link was made by an older version of Aftercare, so it can’t be checked for damage. Make sure the plan matches what your therapist told you, or ask for a new link.',
    notSaved: 'The plan was not saved. Please try again.',
    openMyPlan: 'Open my plan',
    accept: 'Accept this plan',
    notNow: 'Not now',
  },
  preview: {
    /** `kind` is the massage kind's name (session), `date` the session's day. */
    afterSession: (kind: string, date: string) => `After your ${kind.toLowerCase()} session on ${date}.`,
    askPhysician: 'Ask your physician:',
    homeExercises: 'Home exercises',
    exercise: (name: string, dose: string, timesPerDay: number, days: number) => `${name}: ${dose}, ${timesPerDay}× a day for ${count(days, '# day', '# days')}`,
    dos: 'Do',
    donts: 'Don’t',
  },
  exercises: {
    title: 'Today’s exercises',
    fromPlan: (therapist: string) => `From ${therapist}’s plan.`,
    noneYetTitle: 'No home exercises yet',
    noneYet: 'When your therapist sends you a plan link or QR code, open it on this phone and your exercises appear here.',
    nothingDue: 'Nothing is due today.',
    doneBadge: 'Done for today',
    everySetDone: 'Every set is checked off.',
    start: 'Start today’s exercises',
    meta: (dose: string, timesPerDay: number, day: number, days: number) => `${dose}, ${timesPerDay}× a day · day ${day} of ${days}`,
    cautions: 'Cautions',
    sets: 'Sets',
    set: (set: number) => `Set ${set}`,
    bothSides: 'left and right',
    /** `round` is the round's name ("Morning"), absent for an exercise done once a day. */
    setDone: (exercise: string, round: string | undefined, set: number) => `${exercise}: ${round ? `${round}, ` : ''}set ${set} done`,
  },
  hold: {
    start: (seconds: number) => `Start ${seconds} s hold`,
    startFor: (seconds: number, exercise: string) => `Start ${seconds} s hold for ${exercise}`,
    stop: 'Stop',
    stopFor: (exercise: string) => `Stop the ${exercise} hold timer`,
    left: (seconds: number) => `${seconds} s`,
    progress: (exercise: string) => `${exercise} hold`,
    complete: (exercise: string) => `${exercise}: hold complete`,
    beep: 'Beep at the end',
    beepFor: (exercise: string) => `Beep at the end of the ${exercise} hold`,
  },
  adherence: {
    title: 'How it’s going',
    /** `percent` is already written the locale's way ("73%", "73 %"). */
    overall: (done: number, expected: number, percent: string) => `Overall: ${done} of ${count(expected, '# set', '# sets')} (${percent}).`,
    caption: 'Sets done per plan week',
    week: 'Week',
    setsDone: 'Sets done',
    share: 'Share',
    weekNumber: (week: number) => `Week ${week}`,
    doneOf: (done: number, expected: number) => `${done} of ${expected}`,
    perDay: 'Per day',
    day: (date: string, done: number, expected: number) => `${date}: ${done} of ${count(expected, '# set', '# sets')}`,
  },
  progress: {
    title: 'My progress',
    noneYetTitle: 'No progress to show yet',
    noneYet: 'Progress appears once you accept a plan from your therapist.',
    checkIns: 'Check-ins',
    water: 'Water',
    goalMet: (met: number, days: number) => `Goal met on ${met} of ${count(days, '# day', '# days')} with a water plan.`,
  },
  send: {
    title: 'Send my progress',
    shareTitle: 'My aftercare progress',
    shared: 'Shared.',
    shareFailed: 'Sharing did not work here. Copy the summary instead.',
    copied: 'Summary and link copied. Paste them into a message to your therapist.',
    copyBlocked: 'Copying is blocked here. Select the summary below and copy it by hand.',
    intro: 'Nothing leaves this phone until you tap. The link opens a read-only summary for your therapist; its figures travel inside the link itself.',
    toTherapist: 'Send to my therapist',
    copy: 'Copy summary',
    print: 'Print',
    show: 'Show the summary',
    therapistView: 'Open the therapist’s view',
  },
  ended: {
    title: 'The home exercises of this plan have ended.',
    send: 'Send my progress to my therapist',
  },
  /** Reminder bodies; their titles are the contract's (src/contract/reminders.js). */
  reminders: {
    exercise: (round: number, rounds: number) => `Round ${round} of ${rounds} today, from your therapist’s plan.`,
    checkIn: 'Two minutes: how are you feeling since your session?',
    appointment: (therapist: string) => `Your next session with ${therapist} is tomorrow.`,
  },
};
export type CarePlanMessages = typeof carePlan;
export const carePlanText = namespace('carePlan', carePlan);
