/**
 * Water after a session: the drinks and their sizes, volumes, the plan's sentences, Today and its
 * parts, the Home card, the undo bar and the water reminder's body. Counts arrive already written in
 * the reader's digits (`counted: string`); goals arrive as numbers, because they choose the plural.
 */
import { namespace } from '../active';
import { plural } from '../plural';

const glasses = (n: number) => plural('en', n, { one: '# glass', other: '# glasses' });
const day = (on: string | undefined) => (on ? ` ${on}` : '');
/** "deep tissue", "relaxation / Swedish / spa": a kind's name inside a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('en') + text.slice(1);
const goalBy = (goal: number, clock: string, on?: string) => `${glasses(goal)} by ${clock}${day(on)}`;

export const water = {
  beverages: {
    water: { label: 'Water', short: 'Water' },
    'sparkling-water': { label: 'Sparkling water (plain)', short: 'Sparkling water' },
    'iced-tea': { label: 'Unsweetened brewed iced tea', short: 'Iced tea' },
    tea: { label: 'Unsweetened hot tea', short: 'Tea' },
    'herbal-tea': { label: 'Herbal tea (unsweetened)', short: 'Herbal tea' },
    soda: { label: 'Soda or soft drink', short: 'Soda' },
    juice: { label: 'Juice', short: 'Juice' },
    'sweet-tea': { label: 'Sweetened tea', short: 'Sweet tea' },
    'sports-drink': { label: 'Sports drink', short: 'Sports drink' },
    alcohol: { label: 'Alcohol (beer, wine, spirits)', short: 'Alcohol' },
    coffee: { label: 'Coffee (incl. espresso and decaf)', short: 'Coffee' },
  },
  /** Shown after logging a drink that does not count, by why it does not. */
  notCounting: {
    sugary: "Saved — sugary drinks don't count toward today's water goal.",
    alcohol: "Saved — alcohol doesn't count toward today's water goal.",
    coffee: "Saved — coffee doesn't count toward today's water goal.",
  },
  sizes: {
    glass: 'Glass', espresso: 'Espresso', wine: 'Glass of wine', cup: 'Cup', mug: 'Mug', can: 'Can', bottle: 'Bottle', pint: 'Pint', 'large-bottle': 'Large bottle',
  },
  /** The unit picker's names. */
  units: { ml: 'ml', floz: 'fl oz', glass: 'glasses' },
  /** `amount` is already in the reader's digits ("1,5" in German). */
  volumeMl: (amount: string) => `${amount} ml`,
  volumeFlOz: (amount: string) => `${amount} fl oz`,
  /** "1 glass", "5 glasses", "1.5 glasses". */
  glasses,
  /** "3 of 5 glasses", "0 of 5 glasses tomorrow" (`on` is a day word from domain/time). */
  countOfGoal: (counted: string, goal: number, on?: string) => `${counted} of ${glasses(goal)}${day(on)}`,
  /** The ring's caption under its big number: "of 5 glasses". */
  ofGoal: (goal: number, on?: string) => `of ${glasses(goal)}${day(on)}`,
  /** The headline: "5 glasses by 22:30", "5 glasses by 07:15 tomorrow". */
  goalBy,
  /** "2 of 5 glasses by 22:30". */
  countOfGoalBy: (counted: string, goal: number, clock: string, on?: string) => `${counted} of ${goalBy(goal, clock, on)}`,
  /** A day's result wherever it is shown: "goal met (5 of 5 glasses)", "3 of 8 glasses, your everyday amount". */
  dayResult: (counted: string, goal: number, met: boolean, everyday: boolean) => {
    const figures = `${counted} of ${glasses(goal)}${everyday ? ', your everyday amount' : ''}`;
    return met ? `goal met (${figures})` : figures;
  },
  planOwner: { therapist: 'your therapist’s aftercare plan', own: 'your own plan, made from your answers' },
  /** Why the plan asks for this much, relaying the therapist's advice. */
  reasons: {
    usualBelow: (threshold: number, min: number, max: number) =>
      `You usually drink less than ${glasses(threshold)} a day, so the advice is at least ${min === max ? glasses(min) : `${min}–${max} glasses`}, spread over the rest of the day.`,
    usualMeets: (threshold: number, min: number, max: number) =>
      `You already drink about ${glasses(threshold)} a day or more, so ${min === max ? plural('en', min, { one: '# extra glass is', other: '# extra glasses are' }) : `${min}–${max} extra glasses are`} enough.`,
    deepWork: (goal: number) => `Deeper work (deep tissue, trigger point, myofascial, or firm to deep pressure) points to the upper end: your goal is ${goal}.`,
    lighterWork: (goal: number) => `Lighter work points to the lower end of the range: your goal is ${goal}.`,
    physicianApproval: 'This kind of session calls for your physician to approve the plan.',
  },
  summary: {
    today: 'Your plan for today',
    yesterday: 'Yesterday’s plan, finishing this morning',
    /** `on` is a day word: "tomorrow". */
    forDay: (on: string) => `Your plan for ${on}`,
    /** `kind` is the massage kind's name as listed ("Deep tissue"). */
    after: (kind: string, owner: string) => `After your ${lowerFirst(kind)} session — ${owner}.`,
    goalReached: 'Goal reached — well done. Keep sipping when you are thirsty.',
    noRoom: 'No room for reminders in your waking day.',
    roomFor: (reminders: number) => plural('en', reminders, { one: 'Your waking day has room for # reminder, not one for every glass.', other: 'Your waking day has room for # reminders, not one for every glass.' }),
    nextReminder: (when: string) => `Next reminder: ${when}`,
    firstReminder: (when: string) => `First reminder: ${when}`,
    noMoreToday: 'No more reminders today.',
    noMoreFromPlan: 'No more reminders from this plan.',
    askPhysician: 'Ask your physician:',
    askPhysicianBody: (kind: string) => `after a ${lowerFirst(kind)} session, check this plan with your physician before following it.`,
    why: 'Why this amount?',
  },
  today: {
    loading: 'Loading your plan…',
    noPlan: 'No plan yet',
    noPlanIntro: "Tell us about your massage and we'll turn your therapist's advice into a plan for the rest of the day.",
    start: 'Start after my massage',
    ownLogSoFar: (counted: string, goal: number) => `Today’s own log so far: ${counted} of ${glasses(goal)}. Tomorrow’s plan starts at your wake time.`,
    everydayTitle: 'Today’s water',
    everydayIntro: 'No session today: your everyday amount from Settings, with no reminders unless you ask for them under Reminders.',
    everydayIntroAsked: 'No session today: your everyday amount from Settings, with the reminders you asked for today.',
    goalToday: (goal: number) => `${glasses(goal)} today`,
    /** `result` is a dayResult. */
    yesterday: (result: string) => `Yesterday: ${result}.`,
    earlier: (counted: string, goal: number) => `Earlier today, before your latest session: ${counted} of ${glasses(goal)}.`,
    earlierStay: 'Those glasses stay with that plan; this one counts from your latest session.',
  },
  logger: {
    plusOne: '+1 glass of water',
    title: 'Log a drink',
    counts: 'Count toward your goal',
    notCounting: 'Don’t count today',
    failed: 'That drink was not saved. Please try again.',
    howMuch: (drink: string) => `${drink}: how much?`,
    notCountingHint: 'Doesn’t count toward today’s water goal; log it anyway to keep an honest record.',
    otherAmount: 'Other amount',
    logDrink: 'Log drink',
  },
  amount: { label: 'Amount', unit: 'Unit', outOfRange: 'Enter an amount between 10 ml and 2 litres.' },
  cancel: 'Cancel',
  list: {
    title: "Today's drinks",
    /** `button` is logger.plusOne. */
    empty: (button: string) => `Nothing logged yet. Tap “${button}” after each glass, or pick another drink above.`,
    counts: 'counts',
    doesntCount: 'doesn’t count',
    notSavedYet: 'not saved yet',
    edit: 'Edit',
    delete: 'Delete',
    editLabel: (drink: string, time: string) => `Edit ${drink} at ${time}`,
    deleteLabel: (drink: string, time: string) => `Delete ${drink} at ${time}`,
    notSaved: 'Not saved. Please try again.',
  },
  editor: {
    drink: 'Drink',
    time: 'Time',
    timeInvalid: 'Enter a time like 14:30.',
    timeFuture: 'That time has not come yet today.',
    save: 'Save',
  },
  guide: {
    title: 'What to drink',
    counts: 'Counts toward your goal',
    notCounting: "Doesn't count today",
    notCountingNote: 'Nothing sugary, no alcohol, no coffee. You can still log them.',
    whyTitle: 'Why water matters today',
    why: 'Therapists link skipping water after a massage — above all after deep work — with fatigue, achiness and cramping later the same day. If you feel unwell, contact your therapist or your doctor.',
  },
  stepper: {
    question: 'How many glasses of water do you usually drink a day?',
    /** `size` is a volume: "250 ml". */
    glassIs: (size: string) => `One glass is ${size}. A rough guess is fine.`,
    fewer: 'One glass fewer',
    more: 'One glass more',
    label: 'Glasses of water on a usual day',
  },
  celebration: {
    title: 'Goal reached!',
    body: (goal: number) => `${goal} of ${glasses(goal)} — well done.`,
    close: 'Close',
  },
  home: {
    todaysPlan: 'Today’s plan:',
    yesterdaysPlan: 'Yesterday’s plan:',
    tomorrowsPlan: 'Your plan for tomorrow:',
    today: 'Today:',
    everyday: (counted: string, goal: number) => `${counted} of ${glasses(goal)}, your everyday amount.`,
    openPlan: 'Open today’s plan',
    openToday: 'Open Today',
  },
  undo: {
    logged: (drink: string, amount: string) => `Logged: ${drink}, ${amount}.`,
    deleted: (drink: string, amount: string) => `Deleted: ${drink}, ${amount}.`,
    undo: 'Undo',
    dismiss: 'Dismiss',
  },
  /** A water reminder's notification body. */
  reminderBody: (glass: number, goal: number) => `Glass ${glass} of ${goal} from your aftercare plan.`,
  everydayReminderBody: (glass: number, goal: number) => `Glass ${glass} of ${goal} today, your everyday amount.`,
};
export type WaterMessages = typeof water;
export const waterText = namespace('water', water);
