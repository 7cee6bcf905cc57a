/**
 * The sizes offered once a drink is chosen: the user's own glass first, then the cups, cans and
 * bottles that drink usually comes in. Ounce users get US sizes (an 8 fl oz cup, a 12 fl oz can),
 * everyone else metric ones; amounts are stored in ml either way.
 */
import type { BeverageId } from './beverages';
import { ML_PER_FL_OZ } from './units';
import type { VolumeUnit } from '../settings/settings';
import { waterText } from '../i18n/en/water';

export type ContainerId = 'espresso' | 'wine' | 'cup' | 'mug' | 'can' | 'bottle' | 'pint' | 'large-bottle';

export interface DrinkSize {
  id: 'glass' | ContainerId;
  label: string;
  ml: number;
}

const METRIC_ML: Record<ContainerId, number> = {
  espresso: 30, wine: 150, cup: 200, mug: 300, can: 330, bottle: 500, pint: 568, 'large-bottle': 750,
};

const US_FL_OZ: Record<ContainerId, number> = {
  espresso: 1, wine: 5, cup: 8, mug: 12, can: 12, bottle: 16.9, pint: 16, 'large-bottle': 24,
};

/** What each drink usually comes in, besides a glass. */
const CONTAINERS: Record<BeverageId, readonly ContainerId[]> = {
  water: ['bottle', 'large-bottle'],
  'sparkling-water': ['can', 'bottle'],
  'iced-tea': ['can', 'bottle'],
  tea: ['cup', 'mug'],
  'herbal-tea': ['cup', 'mug'],
  soda: ['can', 'bottle'],
  juice: ['cup', 'bottle'],
  'sweet-tea': ['cup', 'bottle'],
  'sports-drink': ['bottle', 'large-bottle'],
  alcohol: ['wine', 'can', 'pint'],
  coffee: ['espresso', 'cup', 'mug'],
};

/** Sizes within this much of the glass would be two buttons for the same drink. */
const SAME_AS_GLASS_ML = 15;

/** The sizes to offer for `beverage`, in the user's unit system, the glass first, named in the active language. */
export function drinkSizes(beverage: BeverageId, unit: VolumeUnit, glassMl: number): DrinkSize[] {
  const names = waterText().sizes;
  const ml = (id: ContainerId) => (unit === 'floz' ? Math.round(US_FL_OZ[id] * ML_PER_FL_OZ) : METRIC_ML[id]);
  const containers = (CONTAINERS[beverage] ?? [])
    .map((id) => ({ id, label: names[id], ml: ml(id) }))
    .filter((size) => Math.abs(size.ml - glassMl) > SAME_AS_GLASS_ML);
  return [{ id: 'glass', label: names.glass, ml: glassMl }, ...containers];
}
