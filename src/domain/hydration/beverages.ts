/**
 * What a client can log. Anything that is not sugary, not alcohol and not coffee counts toward the
 * water goal (therapists' own example is unsweetened, naturally brewed iced tea). The others can
 * still be logged, so the log stays honest, but they don't move the progress ring.
 */

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

/** `short` names the drink on a button; `label` says exactly what it covers. */
export type Beverage =
  | { id: BeverageId; label: string; short: string; counts: true }
  | { id: BeverageId; label: string; short: string; counts: false; reason: NotCountingReason; note: string };

const NOTES: Record<NotCountingReason, string> = {
  sugary: "Saved — sugary drinks don't count toward today's water goal.",
  alcohol: "Saved — alcohol doesn't count toward today's water goal.",
  coffee: "Saved — coffee doesn't count toward today's water goal.",
};

function notCounting(id: BeverageId, label: string, short: string, reason: NotCountingReason): Beverage {
  return { id, label, short, counts: false, reason, note: NOTES[reason] };
}

export const BEVERAGES: readonly Beverage[] = [
  { id: 'water', label: 'Water', short: 'Water', counts: true },
  { id: 'sparkling-water', label: 'Sparkling water (plain)', short: 'Sparkling water', counts: true },
  { id: 'iced-tea', label: 'Unsweetened brewed iced tea', short: 'Iced tea', counts: true },
  // Plain tea is neither sugary, alcohol nor coffee, so by the rule above it counts.
  { id: 'tea', label: 'Unsweetened hot tea', short: 'Tea', counts: true },
  { id: 'herbal-tea', label: 'Herbal tea (unsweetened)', short: 'Herbal tea', counts: true },
  notCounting('soda', 'Soda or soft drink', 'Soda', 'sugary'),
  notCounting('juice', 'Juice', 'Juice', 'sugary'),
  notCounting('sweet-tea', 'Sweetened tea', 'Sweet tea', 'sugary'),
  notCounting('sports-drink', 'Sports drink', 'Sports drink', 'sugary'),
  notCounting('alcohol', 'Alcohol (beer, wine, spirits)', 'Alcohol', 'alcohol'),
  // Decaf and espresso are still coffee: the rule is about the drink, not the caffeine.
  notCounting('coffee', 'Coffee (incl. espresso and decaf)', 'Coffee', 'coffee'),
];

/** The beverage with this id, if there is one. */
export function findBeverage(id: BeverageId): Beverage | undefined {
  return BEVERAGES.find((beverage) => beverage.id === id);
}

/** Unknown ids (say, from an older stored log) don't count rather than throwing. */
export function countsTowardGoal(id: BeverageId): boolean {
  return findBeverage(id)?.counts ?? false;
}
