/** The body regions the exercise library is grouped by, in head-to-toe order, with their labels. */
export const BODY_REGIONS = [
  { id: 'neck', label: 'Neck' },
  { id: 'shoulders', label: 'Shoulders' },
  { id: 'chest', label: 'Chest' },
  { id: 'upper-back', label: 'Upper back' },
  { id: 'lower-back', label: 'Lower back' },
  { id: 'hips', label: 'Hips' },
  { id: 'legs', label: 'Legs' },
  { id: 'feet', label: 'Feet' },
  { id: 'arms-wrists', label: 'Arms and wrists' },
] as const;

export type BodyRegion = (typeof BODY_REGIONS)[number]['id'];

/** True for one of the body regions the library groups exercises by. */
export function isBodyRegion(value: unknown): value is BodyRegion {
  return BODY_REGIONS.some((region) => region.id === value);
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
