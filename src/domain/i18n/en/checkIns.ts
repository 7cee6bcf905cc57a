/** Check-ins: their headings, questions and answers, and how the scores are charted. */
import { namespace } from '../active';

const NUMBER_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six'];

/** Which way a score is better, and how it moved from the first answer to the last (domain/checkIns/scoreTrend.ts). */
export type BetterWhen = 'lower' | 'higher';
export type TrendVerdict = 'better' | 'worse' | 'same';

export const checkIns = {
  /** What a check-in is for, on the day it is shown. */
  baseline: 'Where you are today',
  weekly: (week: number) => `How week ${week} of your plan went`,
  sessionToday: 'Since your session today',
  daysAfter: (days: number) => `${NUMBER_WORDS[days] ?? String(days)} ${days === 1 ? 'day' : 'days'} after your session`,
  /** What a missed check-in was for. */
  missedBaseline: 'Where you were when the plan began',
  missedWeekly: (week: number) => `Week ${week} of your plan`,
  contactTherapist: 'Please contact your therapist and tell them what you noticed. If you feel unwell or it seems urgent, contact a doctor.',
  title: 'Check-in',
  noneYetTitle: 'No check-ins yet',
  noneYet: 'Check-ins come with a plan from your therapist.',
  thanks: 'Thank you — saved. It will be part of your progress summary.',
  noneDue: 'No check-in is due right now.',
  nextOn: (date: string, time: string) => `The next one is on ${date} at ${time}.`,
  missed: (labels: readonly string[]) => `Missed (not answered while they were open): ${labels.join('; ')}.`,
  seeProgress: 'See my progress',
  intro: '0 to 10. Your answers go only into the summary you choose to send your therapist.',
  /** Each score's name, the words for its 0 and its 10, and its column in the table. */
  scores: {
    soreness: { name: 'Soreness', low: 'none', high: 'worst imaginable', column: 'Soreness' },
    pain: { name: 'Pain', low: 'none', high: 'worst imaginable', column: 'Pain' },
    stiffness: { name: 'Stiffness', low: 'none', high: 'very stiff', column: 'Stiffness' },
    sleep: { name: 'Sleep', low: 'very poor', high: 'very good', column: 'Sleep (10 = very good)' },
  },
  valueText: (value: number, low: string, high: string) => `${value} (0 ${low}, 10 ${high})`,
  ends: (low: string, high: string) => `0 = ${low}, 10 = ${high}`,
  flagsQuestion: 'Since the session, have you noticed any of these?',
  flags: { bruising: 'Bruising', numbness: 'Numbness or tingling', lightHeaded: 'Feeling light-headed or dizzy' },
  notSaved: 'Not saved. Please try again.',
  save: 'Save check-in',
  noneAnswered: 'No check-ins answered yet.',
  everyAnswer: 'Every answer, 0 to 10:',
  scoresRegion: 'Check-in scores',
  scoresCaption: 'Check-in scores, 0 to 10',
  checkInColumn: 'Check-in',
  scale: (better: BetterWhen) => `0–10, ${better === 'lower' ? 'lower is better' : 'higher is better'}`,
  trend: (first: number, last: number, verdict: TrendVerdict) => `${first} → ${last}, ${{ better: 'better', worse: 'worse', same: 'no change' }[verdict]}`,
};
export type CheckInsMessages = typeof checkIns;
export const checkInsText = namespace('checkIns', checkIns);
