/** The body regions the exercise library is grouped by, in head-to-toe order. */
import { exercisePlanText } from '../i18n/en/exercisePlan';

/** The regions' ids, which plans and links carry. */
export const BODY_REGION_IDS = ['neck', 'shoulders', 'chest', 'upper-back', 'lower-back', 'hips', 'legs', 'feet', 'arms-wrists'] as const;

export type BodyRegion = (typeof BODY_REGION_IDS)[number];

/** A region's name in the active language ("Upper back"). */
export function regionLabel(region: BodyRegion): string {
  return exercisePlanText().regions[region];
}

/**
 * Each region with its label. The label is read when it is used (a getter), so a screen drawn after a
 * language switch shows the new language although this list is made once.
 */
export const BODY_REGIONS: readonly { readonly id: BodyRegion; readonly label: string }[] = BODY_REGION_IDS.map((id) => ({
  id,
  get label() {
    return regionLabel(id);
  },
}));

/** True for one of the body regions the library groups exercises by. */
export function isBodyRegion(value: unknown): value is BodyRegion {
  return BODY_REGION_IDS.some((region) => region === value);
}

/**
 * 'each': done on one side at a time, left then right, each side counted.
 * 'both': both sides at once, or the exercise has no sides.
 */
export const SIDES = ['each', 'both'] as const;
export type Sides = (typeof SIDES)[number];

/** True for 'each' (left, then right) or 'both' (both sides at once). */
export function isSides(value: unknown): value is Sides {
  return SIDES.some((sides) => sides === value);
}
