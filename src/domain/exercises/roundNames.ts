/**
 * What a round (one of an exercise's `timesPerDay` sittings) is called on screen.
 *
 * Therapists say "twice a day" and clients hear "morning and evening", so rounds are named by the
 * part of the day they belong to rather than numbered. The names say order, not a clock: the
 * morning round done at noon is still the morning round, because check-offs are stored by round
 * number. Past four a day there are no natural names left, so rounds are numbered again.
 */
import { exercisePlanText, type ExercisePlanMessages } from '../i18n/en/exercisePlan';

type PartOfDay = Exclude<keyof ExercisePlanMessages['rounds'], 'numbered'>;

const NAMES: Readonly<Record<number, readonly PartOfDay[]>> = {
  2: ['morning', 'evening'],
  3: ['morning', 'midday', 'evening'],
  4: ['morning', 'midday', 'afternoon', 'evening'],
};

/** The round's name ("Morning", "Round 5 of 6"); undefined for an exercise done once a day, which needs none. */
export function roundName(round: number, timesPerDay: number): string | undefined {
  if (timesPerDay <= 1) return undefined;
  const words = exercisePlanText().rounds;
  const part = NAMES[timesPerDay]?.[round - 1];
  return part ? words[part] : words.numbered(round, timesPerDay);
}
