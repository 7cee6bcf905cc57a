/**
 * What a client can log. Anything that is not sugary, not alcohol and not coffee counts toward the
 * water goal (therapists' own example is unsweetened, naturally brewed iced tea). The others can
 * still be logged, so the log stays honest, but they don't move the progress ring.
 */
import { waterText } from '../i18n/en/water';

export type BeverageId =
  | 'water'
  | 'sparkling-water'
  | 'iced-tea'
  | 'tea'
  | 'herbal-tea'
  | 'soda'
  | 'juice'
  | 'sweet-tea'
  | 'sports-drink'
  | 'alcohol'
  | 'coffee';

export type NotCountingReason = 'sugary' | 'alcohol' | 'coffee';

/**
 * `short` names the drink on a button; `label` says exactly what it covers; `note` is said after
 * logging one that doesn't count. All three are read in the active language each time they are read.
 */
export type Beverage =
  | { readonly id: BeverageId; readonly label: string; readonly short: string; readonly counts: true }
  | { readonly id: BeverageId; readonly label: string; readonly short: string; readonly counts: false; readonly reason: NotCountingReason; readonly note: string };

// Getters rather than stored strings: a language switch renames every drink without rebuilding the list.
function counting(id: BeverageId): Beverage {
  return {
    id,
    counts: true,
    get label() { return waterText().beverages[id].label; },
    get short() { return waterText().beverages[id].short; },
  };
}

function notCounting(id: BeverageId, reason: NotCountingReason): Beverage {
  return {
    id,
    counts: false,
    reason,
    get label() { return waterText().beverages[id].label; },
    get short() { return waterText().beverages[id].short; },
    get note() { return waterText().notCounting[reason]; },
  };
}

export const BEVERAGES: readonly Beverage[] = [
  counting('water'),
  counting('sparkling-water'),
  counting('iced-tea'),
  // Plain tea is neither sugary, alcohol nor coffee, so by the rule above it counts.
  counting('tea'),
  counting('herbal-tea'),
  notCounting('soda', 'sugary'),
  notCounting('juice', 'sugary'),
  notCounting('sweet-tea', 'sugary'),
  notCounting('sports-drink', 'sugary'),
  notCounting('alcohol', 'alcohol'),
  // Decaf and espresso are still coffee: the rule is about the drink, not the caffeine.
  notCounting('coffee', 'coffee'),
];

/** The beverage with this id, if there is one. */
export function findBeverage(id: BeverageId): Beverage | undefined {
  return BEVERAGES.find((beverage) => beverage.id === id);
}

/** Unknown ids (say, from an older stored log) don't count rather than throwing. */
export function countsTowardGoal(id: BeverageId): boolean {
  return findBeverage(id)?.counts ?? false;
}
