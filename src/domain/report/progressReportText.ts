/**
 * The progress report as plain text the client can paste into a message. It repeats the client's
 * own figures; it does not judge them.
 */
import type { CheckInKind, CheckInScore } from '../checkIns/checkIns';
import { addIsoDays, isoDateOf } from '../time/localDay';
import type { CheckInFlagName, ProgressReport, ReportedCheckIn } from './progressReport';

const KIND_LABELS: Record<CheckInKind, string> = {
  baseline: 'when the plan was saved',
  'after-24h': 'about 24 hours after the session',
  'after-48h': 'about 48 hours after the session',
  weekly: 'weekly',
};

const FLAG_LABELS: Record<CheckInFlagName, string> = {
  bruising: 'bruising',
  numbness: 'numbness',
  lightHeaded: 'feeling light-headed',
};

const SCORE_ORDER: readonly CheckInScore[] = ['soreness', 'pain', 'stiffness', 'sleep'];

function sets(done: number, expected: number): string {
  return `${done} of ${expected} sets (${Math.round((100 * done) / expected)}%)`;
}

function exerciseLines(report: ProgressReport): string[] {
  const due = report.weeks.filter((week) => week.setsExpected > 0);
  if (due.length === 0) return ['Home exercises: none were due.'];
  const done = due.reduce((sum, week) => sum + week.setsDone, 0);
  const expected = due.reduce((sum, week) => sum + week.setsExpected, 0);
  // With one exercise its figures are the total already.
  const byExercise = report.exercises.filter((e) => e.setsExpected > 0);
  return [
    `Home exercises: ${sets(done, expected)} done.`,
    ...due.map((week) => `- Week ${week.week} (from ${addIsoDays(report.from, 7 * (week.week - 1))}): ${sets(week.setsDone, week.setsExpected)}`),
    ...(byExercise.length > 1 ? byExercise.map((e) => `- ${e.name}: ${sets(e.setsDone, e.setsExpected)}`) : []),
  ];
}

function checkInLine(checkIn: ReportedCheckIn, timeZone: string): string {
  const when = checkIn.kind === 'weekly' && checkIn.week !== undefined ? `week ${checkIn.week}` : KIND_LABELS[checkIn.kind];
  const scores = SCORE_ORDER.filter((name) => checkIn.scores[name] !== undefined)
    .map((name) => `${name} ${checkIn.scores[name]}`);
  const noticed = checkIn.flags.length > 0 ? `; noticed: ${checkIn.flags.map((flag) => FLAG_LABELS[flag]).join(', ')}` : '';
  return `- ${isoDateOf(checkIn.answeredAt, timeZone)}, ${when}: ${scores.join(', ') || 'no scores'}${noticed}`;
}

function checkInLines(report: ProgressReport): string[] {
  if (report.checkIns.length === 0) return ['Check-ins: none answered yet.'];
  return [
    'Check-ins (scores 0–10; for sleep, 10 is best):',
    ...report.checkIns.map((checkIn) => checkInLine(checkIn, report.timeZone)),
  ];
}

function hydrationLine(report: ProgressReport): string {
  const { days, daysMet } = report.hydration;
  if (days === 0) return 'Water: nothing logged.';
  return `Water: goal met on ${daysMet} of ${days} ${days === 1 ? 'day' : 'days'}.`;
}

/** The report as plain text, for sharing by message or e-mail. */
export function progressReportText(report: ProgressReport): string {
  return [
    `Progress on my aftercare plan from ${report.therapist}`,
    ...(report.client ? [`From ${report.client}.`] : []),
    `From the session on ${report.from} up to ${report.to}.`,
    '',
    ...exerciseLines(report),
    '',
    ...checkInLines(report),
    '',
    hydrationLine(report),
  ].join('\n');
}
