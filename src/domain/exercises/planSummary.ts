/**
 * The end of a plan's home exercises, said honestly: what was done ("You did 41 of 56 sets"),
 * praise only when it was earned, and otherwise a plain word without judging.
 */
import type { CarePlan } from '../carePlan/carePlan';
import { adherence, planEndDate, planStartDate, type ExerciseCheck } from './exerciseSchedule';
import type { IsoDate } from '../time/localDay';
import { intlLocale } from '../i18n/active';
import { exercisePlanText } from '../i18n/en/exercisePlan';

/** Share of the sets done from which the summary says "well done". */
export const PRAISE_FROM_FRACTION = 0.8;

export interface PlanSummary {
  /** The plan's last exercise day is behind `today`. */
  ended: boolean;
  setsDone: number;
  setsExpected: number;
  praise: boolean;
  /**
   * "You did 41 of 56 sets (73%)." and a word that fits it, in the language on screen: worded when
   * read, so a summary kept in a signal (state/carePlan/carePlanDay) follows a language switch.
   */
  readonly text: string;
}

/** A share in whole percent as the locale writes it ("73%", "73 %"), rounded as it always was. */
function percent(fraction: number): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(Math.round(fraction * 100) / 100);
}

/** How a plan's home exercises went, from its first day up to `today` (or its last day, if that came first). */
export function planSummary(plan: CarePlan, checks: readonly ExerciseCheck[], today: IsoDate): PlanSummary {
  const ended = today > planEndDate(plan);
  const { setsDone, setsExpected, fraction } = adherence(plan, checks, planStartDate(plan), today).overall;
  const praise = setsExpected > 0 && fraction >= PRAISE_FROM_FRACTION;
  return {
    ended, setsDone, setsExpected, praise,
    get text() {
      return summaryText(setsDone, setsExpected, fraction, praise);
    },
  };
}

function summaryText(setsDone: number, setsExpected: number, fraction: number, praise: boolean): string {
  const t = exercisePlanText().summary;
  if (setsExpected === 0) return t.noneDue;
  const figures = t.done(setsDone, setsExpected, percent(fraction));
  const word = praise ? t.praise : setsDone === 0 ? t.noneChecked : t.someChecked;
  return `${figures} ${word}`;
}
