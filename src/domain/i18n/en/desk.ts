/**
 * The therapist's desk (components/therapist): composing a plan, templates, the link and its QR code,
 * and the printed handout. The handout and the share sheet's text are drawn in the client's language
 * (see withLanguage in ../active.ts); everything else in the therapist's.
 */
import { namespace } from '../active';
import { plural } from '../plural';

/** How often and how long an exercise is done, for the one-line dose summary. */
export interface Dose {
  sets: number;
  /** Exactly one of reps and holdSeconds. */
  reps?: number;
  holdSeconds?: number;
  timesPerDay: number;
  /** Exactly one of weeks and days. */
  weeks?: number;
  days?: number;
}

const p = (n: number, one: string, other: string) => plural('en', n, { one, other });

export const desk = {
  title: 'For therapists',
  intro:
    'Make an aftercare plan for your client and hand it over as a link, a QR code or a printed page. No account, and nothing is sent anywhere: the plan travels inside the link. Your draft is kept in this browser as you type.',
  draftNotKept: 'This browser won’t keep the draft: it lasts until you close this tab.',
  formLabel: "Your client's plan",
  errorsTitle: 'Fix these to make the link',
  makeLink: 'Make the link',
  makeLinkAgain: 'Make the link again',
  stale: 'You changed the plan after making its link. Make the link again so your client gets the changes.',
  sections: {
    label: 'Sections of the plan',
    session: 'Session',
    exercises: 'Home exercises',
    notes: 'Do and don’t',
    next: 'What comes next',
    about: 'About you',
  },
  summaries: {
    kindNotChosen: 'Kind not chosen',
    noneYet: 'None yet',
    exercises: (n: number) => p(n, '# exercise', '# exercises'),
    notes: (dos: number, donts: number) => `${p(dos, '# do', '# dos')}, ${p(donts, '# don’t', '# don’ts')}`,
    noAppointment: 'No appointment yet',
    nameNeeded: 'Your name is needed',
  },
  /** "Tue, May 12, 10:00": a day label and a clock time, both already in the reader's locale. */
  dayAndTime: (day: string, clock: string) => `${day}, ${clock}`,
  /** The range the client's app will show: "4–5 glasses". */
  glassRange: (min: number, max: number) => (min === max ? p(min, '# glass', '# glasses') : `${min}–${max} glasses`),
  templates: {
    title: 'Start from a template',
    use: 'Use',
    delete: 'Delete',
    nameFirst: 'Give the template a name first.',
    saved: (name: string) => `Saved “${name}”. It is kept in this browser only.`,
    started: (name: string) => `Started from “${name}”. Change anything you need.`,
    deleted: (name: string) => `Deleted “${name}”.`,
    saveLabel: 'Save this plan as a template',
    saveHint: 'Keeps the session kind, exercises, notes and series; never the client or dates.',
    save: 'Save template',
    newClient: 'Start a new plan for the next client',
    newClientStarted: 'New plan started. Your name and practice are kept.',
    /** The ready-made template every desk has; its notes become the therapist's own text once used. */
    starterNeck: {
      name: 'Desk neck and shoulders',
      dos: 'Stand up and roll your shoulders every hour at the desk.\nUse a heat pack on tight spots.',
      donts: 'No heavy lifting or overhead work for 48 hours.',
    },
  },
  summary: {
    title: (client: string) => (client ? `What ${client} gets` : 'What your client gets'),
    language: 'Language:',
    water: 'Water:',
    waterGoal: (range: string) => `${range} over the rest of the day, with reminders`,
    waterNeedsKind: 'choose the kind of session first',
    exercises: 'Home exercises:',
    none: 'none',
    newExercise: 'a new exercise',
    notes: 'Do and don’t:',
    noteCounts: (dos: number, donts: number) => `${dos} do, ${donts} don’t`,
    next: 'Next appointment:',
    notSet: 'not set',
    checkIns: 'Check-ins:',
    checkInsText: 'after 1 and 2 days, then weekly, and a progress summary they can send you',
  },
  session: {
    title: 'The session',
    clientName: 'Your client’s first name (optional)',
    clientNameHint: 'On their plan, the printed page and the progress they send you. It travels only inside the link, never to a server.',
    clientLanguage: "Client's language",
    clientLanguageHint: 'Your client’s app, the plan, its exercises and the printed page are in this language. What you write yourself stays as you wrote it.',
    waterQuestion: "The water question is your client's to answer: ask them.",
  },
  exercises: {
    title: 'Home exercises',
    numbersEmpty: 'Some numbers are still empty.',
    assigned: (n: number) => `Assigned to your client (${n})`,
    noneAssigned: 'None yet. A plan without exercises is fine after a relaxation session.',
    newExercise: 'New exercise',
    edit: 'Edit',
    doneEditing: 'Done editing',
    remove: 'Remove',
    addOwn: 'Add your own exercise',
  },
  library: {
    title: 'Exercise library',
    hint: 'Tick the ones to assign. You can change any of them below once assigned.',
    count: (found: number, total: number, assigned: number) =>
      (found === total ? `All ${total} exercises` : `${found} of ${p(total, '# exercise', '# exercises')}`) + (assigned > 0 ? `, ${assigned} assigned` : ''),
    noMatch: 'No exercise matches. Try another word or “All regions”, or write your own below.',
    stepsAndCautions: 'Steps and cautions',
    /** Read by screen readers after "Steps and cautions". */
    forExercise: (name: string) => ` for ${name}`,
    search: 'Search the library',
    searchExamples: 'neck, wall, foam roller…',
    region: 'Body region',
    allRegions: 'All regions',
  },
  editor: {
    name: 'Name',
    steps: 'Steps',
    stepsHint: 'One step per line.',
    cautions: 'Cautions',
    cautionsHint: 'One per line; may be left empty.',
    sets: 'Sets',
    timesPerDay: 'Times a day',
    eachSetIs: 'Each set is',
    repetitions: 'Repetitions',
    aHold: 'A hold',
    repsPerSet: 'Reps per set',
    holdSeconds: 'Hold, in seconds',
    howLong: 'For how long',
    daysOrWeeks: 'Days or weeks',
    days: 'days',
    weeks: 'weeks',
    oneSide: 'One side at a time (left, then right)',
    illustration: 'Illustration',
    noIllustration: 'None',
  },
  /** "2 sets × hold 30 s, twice a day, for 3 weeks": the editor's summary line and the handout's. */
  dose: (d: Dose) => {
    const each = d.reps === undefined ? `hold ${d.holdSeconds ?? 0} s` : p(d.reps, '# rep', '# reps');
    const times = d.timesPerDay === 1 ? 'once a day' : d.timesPerDay === 2 ? 'twice a day' : `${d.timesPerDay} times a day`;
    const span = d.weeks === undefined ? p(d.days ?? 0, '# day', '# days') : p(d.weeks, '# week', '# weeks');
    return `${p(d.sets, '# set', '# sets')} × ${each}, ${times}, for ${span}`;
  },
  notes: {
    title: "Do and don't",
    hint: (maxItems: number, maxChars: number) => `One per line, up to ${maxItems} lines of ${maxChars} characters.`,
    do: 'Do',
    doExample: 'For example: use a heat pack on tight spots.',
    dont: "Don't",
    dontExample: 'For example: no heavy lifting for 48 hours.',
    physicianNote: 'Physician note',
    physicianHint:
      'This kind of session needs a physician\'s approval. The standard wording is filled in; add the physician\'s own instructions if you have them.',
  },
  next: {
    title: 'What comes next',
    appointment: 'Next appointment (optional)',
    appointmentHint: 'Date and time, within a year.',
    series: 'Planned series (optional)',
    seriesHint: 'For example, every 2 weeks for 6 sessions. Leave both empty for none.',
    everyWeeks: 'Every how many weeks',
    sessions: 'How many sessions',
  },
  about: {
    title: 'About you',
    remembered: 'Remembered in this browser for your next client.',
    name: 'Your name',
    practice: 'Practice (optional)',
    contact: 'Phone or email for clients (optional)',
    contactHint: 'Printed on the handout only; it is not part of the link.',
  },
  share: {
    ready: "Your client's plan is ready",
    copy: 'Copy link',
    share: 'Share',
    print: 'Print handout',
    copied: 'Link copied.',
    copyFailed: "Couldn't copy by itself: the link is selected, so copy it with your device's copy command.",
    shareFailed: 'Sharing did not work here. Copy the link instead.',
    qrLabel: "QR code of the plan's link",
    qrFailed: 'A QR code could not be made of this link. Share the link itself.',
    qrCaption: 'Your client scans this with their phone’s camera to open the plan in Aftercare.',
    fits: (length: string, limit: string) => `Link: ${length} characters — fits a QR code (limit ${limit}).`,
    tooLong: (length: string, limit: string) =>
      `Link: ${length} characters — too long for a QR code (limit ${limit}). Send the link instead, or shorten the exercises and notes you wrote.`,
    link: 'The link',
    linkRegion: "The plan's link",
  },
  /** Read by the client: the printed page and what the share sheet sends, in the client's language. */
  handout: {
    title: (client: string | undefined) => (client ? `${client}’s aftercare plan` : 'Your aftercare plan'),
    /** `kind` as the session kinds list names it ("Deep tissue"). */
    from: (from: string, kind: string, date: string) => `From ${from}, after your ${kind.toLowerCase()} session on ${date}.`,
    waterToday: (range: string) => `Water today: ${range}`,
    waterRest: 'over the rest of the day, besides your usual drinks. Water, plain tea and unsweetened iced tea count; sugary drinks, alcohol and coffee don’t. The app reminds you.',
    askPhysician: 'Ask your physician:',
    exercises: 'Home exercises',
    do: 'Do',
    dont: "Don't",
    next: 'Next appointment:',
    series: 'Series:',
    seriesText: (sessions: number, everyWeeks: number) => `${p(sessions, '# session', '# sessions')}, every ${everyWeeks === 1 ? 'week' : `${everyWeeks} weeks`}.`,
    contact: (from: string) => `${from}. Questions, or feeling unwell? Contact us or your doctor.`,
    scan: 'Scan to open your plan',
    shareTitle: 'Your aftercare plan',
    shareText: (therapist: string) => `Your aftercare plan from ${therapist}`,
  },
};
export type DeskMessages = typeof desk;
export const deskText = namespace('desk', desk);
