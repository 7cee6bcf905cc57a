/**
 * The progress report (domain/report, components/carePlan/Report*): the plain text the client sends,
 * in the client's language, and the therapist's read-only view of it, in the therapist's. What the
 * client or therapist wrote (names, custom exercises) stays as written.
 */
import { namespace } from '../active';
import { plural } from '../plural';

const p = (n: number, one: string, other: string) => plural('en', n, { one, other });

export const report = {
  /** The therapist's view. */
  view: {
    cantOpen: 'This report can’t be opened',
    title: (client: string | undefined) => (client ? `${client}’s progress` : 'Client progress report'),
    /** `dates` is one date in words, or `range`. */
    lead: (client: string | undefined, therapist: string, dates: string) =>
      client ? `${client}, on the aftercare plan from ${therapist}: ${dates}.` : `On the aftercare plan from ${therapist}: ${dates}.`,
    range: (from: string, to: string) => `${from} to ${to}`,
    sent: (day: string) => `Sent ${day}. Read-only; figures as the client entered them.`,
    unverified:
      'This link was made by an older version of Aftercare, so it can’t be checked for damage. If anything looks wrong, ask the client to send it again.',
    calm: 'No bruising, numbness or light-headedness reported.',
    flaggedTitle: 'Flagged by the client',
    reported: (flags: string) => `Reported: ${flags}.`,
    flaggedOn: (day: string, flags: string) => `${day}: ${flags}`,
    flags: { bruising: 'bruising', numbness: 'numbness or tingling', lightHeaded: 'feeling light-headed' },
    exercises: 'Home exercises',
    ofSets: (percent: string) => `${percent} of sets`,
    noneDue: 'None due',
    waterGoal: 'Water goal',
    daysMet: (met: number, days: number) => `${met} of ${p(days, '# day', '# days')}`,
    nothingLogged: 'Nothing logged',
    checkIns: 'Check-ins',
    answered: (n: number) => `${n} answered`,
    water: 'Water',
    waterMet: (met: number, days: number) => `Goal met on ${met} of ${p(days, '# day', '# days')}.`,
    weekOneStarts: (date: string) => `Week 1 starts on the session day, ${date}.`,
    perWeek: 'Sets done per week',
    week: 'Week',
    setsDone: 'Sets done',
    share: 'Share',
    weekNumber: (n: number) => `Week ${n}`,
    doneOf: (done: number, expected: number) => `${done} of ${expected}`,
    eachExercise: 'Each exercise',
    exerciseFigure: (done: number, expected: number, percent: string) => `${done} of ${expected} sets · ${percent}`,
  },
  /** The plain text the client sends (progressReportText). */
  text: {
    heading: (therapist: string) => `Progress on my aftercare plan from ${therapist}`,
    fromClient: (client: string) => `From ${client}.`,
    span: (from: string, to: string) => `From the session on ${from} up to ${to}.`,
    sets: (done: number, expected: number, percent: string) => `${done} of ${expected} sets (${percent})`,
    noExercisesDue: 'Home exercises: none were due.',
    exercisesDone: (sets: string) => `Home exercises: ${sets} done.`,
    week: (week: number, from: string, sets: string) => `- Week ${week} (from ${from}): ${sets}`,
    noCheckIns: 'Check-ins: none answered yet.',
    checkInsHeading: 'Check-ins (scores 0–10; for sleep, 10 is best):',
    checkIn: (date: string, when: string, scores: string, noticed: string | undefined) =>
      `- ${date}, ${when}: ${scores || 'no scores'}${noticed ? `; noticed: ${noticed}` : ''}`,
    weekly: (week: number) => `week ${week}`,
    kinds: {
      baseline: 'when the plan was saved',
      'after-24h': 'about 24 hours after the session',
      'after-48h': 'about 48 hours after the session',
      weekly: 'weekly',
    },
    score: (name: string, value: number) => `${name} ${value}`,
    scores: { soreness: 'soreness', pain: 'pain', stiffness: 'stiffness', sleep: 'sleep' },
    flags: { bruising: 'bruising', numbness: 'numbness', lightHeaded: 'feeling light-headed' },
    noWater: 'Water: nothing logged.',
    water: (met: number, days: number) => `Water: goal met on ${met} of ${p(days, '# day', '# days')}.`,
  },
  /** Why a report link is refused: one message per part, since the therapist can only ask again. */
  /** Field names in the checks (domain/checks): noun phrases for the English sentences. */
  fields: {
    exerciseName: 'an exercise name',
    therapistName: "the therapist's name",
    date: "the report's date",
    clientName: "the client's name",
  },
  problems: {
    notReport: 'This is not an Aftercare progress report.',
    weeks: 'The weekly exercise figures are not valid.',
    checkIns: 'The check-in answers are not valid.',
    water: 'The water figures are not valid.',
    dates: "The report's dates are not valid.",
    exercises: 'The exercise figures are not valid.',
    timeZone: "The report's time zone is missing or not one this device knows.",
  },
};
export type ReportMessages = typeof report;
export const reportText = namespace('report', report);
