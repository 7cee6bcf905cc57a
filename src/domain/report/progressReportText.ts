/**
 * The progress report as plain text the client can paste into a message. It repeats the client's
 * own figures; it does not judge them.
 */
import type { CheckInScore } from '../checkIns/checkIns';
import { intlLocale } from '../i18n/active';
import { reportText } from '../i18n/en/report';
import { addIsoDays, isoDateOf } from '../time/localDay';
import type { ProgressReport, ReportedCheckIn } from './progressReport';

const SCORE_ORDER: readonly CheckInScore[] = ['soreness', 'pain', 'stiffness', 'sleep'];

/** "22%" ("22 %" in French and German), rounded to a whole percent. */
export function percentOf(done: number, expected: number): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(done / expected);
}

function sets(done: number, expected: number): string {
  return reportText().text.sets(done, expected, percentOf(done, expected));
}

function exerciseLines(report: ProgressReport): string[] {
  const t = reportText().text;
  const due = report.weeks.filter((week) => week.setsExpected > 0);
  if (due.length === 0) return [t.noExercisesDue];
  const done = due.reduce((sum, week) => sum + week.setsDone, 0);
  const expected = due.reduce((sum, week) => sum + week.setsExpected, 0);
  // With one exercise its figures are the total already.
  const byExercise = report.exercises.filter((e) => e.setsExpected > 0);
  return [
    t.exercisesDone(sets(done, expected)),
    ...due.map((week) => t.week(week.week, addIsoDays(report.from, 7 * (week.week - 1)), sets(week.setsDone, week.setsExpected))),
    ...(byExercise.length > 1 ? byExercise.map((e) => `- ${e.name}: ${sets(e.setsDone, e.setsExpected)}`) : []),
  ];
}

function checkInLine(checkIn: ReportedCheckIn, timeZone: string): string {
  const t = reportText().text;
  const when = checkIn.kind === 'weekly' && checkIn.week !== undefined ? t.weekly(checkIn.week) : t.kinds[checkIn.kind];
  const scores = SCORE_ORDER.filter((name) => checkIn.scores[name] !== undefined)
    .map((name) => t.score(t.scores[name], checkIn.scores[name]!));
  const noticed = checkIn.flags.length > 0 ? checkIn.flags.map((flag) => t.flags[flag]).join(', ') : undefined;
  return t.checkIn(isoDateOf(checkIn.answeredAt, timeZone), when, scores.join(', '), noticed);
}

function checkInLines(report: ProgressReport): string[] {
  const t = reportText().text;
  if (report.checkIns.length === 0) return [t.noCheckIns];
  return [t.checkInsHeading, ...report.checkIns.map((checkIn) => checkInLine(checkIn, report.timeZone))];
}

function hydrationLine(report: ProgressReport): string {
  const { days, daysMet } = report.hydration;
  const t = reportText().text;
  return days === 0 ? t.noWater : t.water(daysMet, days);
}

/** The report as plain text, for sharing by message or e-mail, in the client's language. */
export function progressReportText(report: ProgressReport): string {
  const t = reportText().text;
  return [
    t.heading(report.therapist),
    ...(report.client ? [t.fromClient(report.client)] : []),
    t.span(report.from, report.to),
    '',
    ...exerciseLines(report),
    '',
    ...checkInLines(report),
    '',
    hydrationLine(report),
  ].join('\n');
}
