/**
 * The end of a plan's home exercises, said honestly: what was done ("You did 41 of 56 sets"),
 * praise only when it was earned, and otherwise a plain word without judging.
 */
import type { CarePlan } from '../carePlan/carePlan';
import { adherence, planEndDate, planStartDate, type ExerciseCheck } from './exerciseSchedule';
import type { IsoDate } from '../time/localDay';

/** Share of the sets done from which the summary says "well done". */
export const PRAISE_FROM_FRACTION = 0.8;

export interface PlanSummary {
  /** The plan's last exercise day is behind `today`. */
  ended: boolean;
  setsDone: number;
  setsExpected: number;
  praise: boolean;
  /** "You did 41 of 56 sets (73%)." and a word that fits it. */
  text: string;
}

/** How a plan's home exercises went, from its first day up to `today` (or its last day, if that came first). */
export function planSummary(plan: CarePlan, checks: readonly ExerciseCheck[], today: IsoDate): PlanSummary {
  const ended = today > planEndDate(plan);
  const { setsDone, setsExpected, fraction } = adherence(plan, checks, planStartDate(plan), today).overall;
  const praise = setsExpected > 0 && fraction >= PRAISE_FROM_FRACTION;
  if (setsExpected === 0) return { ended, setsDone, setsExpected, praise, text: 'No home exercises were due.' };
  const figures = `You did ${setsDone} of ${setsExpected} sets (${Math.round(fraction * 100)}%).`;
  const word = praise
      ? 'Well done: that is what your therapist asked for, or close to it.'
      : setsDone === 0
        ? 'None were checked off. Tell your therapist how it went; they can fit the next plan to your days.'
        : 'Every set counts. Tell your therapist how it went; they can fit the next plan to your days.';
  return { ended, setsDone, setsExpected, praise, text: `${figures} ${word}` };
}
