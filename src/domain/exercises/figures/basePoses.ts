/**
 * Starting points the figures share, so a standing or seated body looks the same in every figure.
 * A figure spreads one of these and changes only the joints its exercise moves.
 */
import type { Pose } from '../bodyModel';
import { SEATED_PELVIS_Y } from '../figureSpec';

/** Side view, standing on the floor, arms loose; the far limbs a little apart so both show. */
export const STAND_SIDE: Pose = { torso: 0, shoulder: [6, -6], elbow: [8, 8], hip: [3, -3], at: [60] };

/** Side view, sitting on a chair whose seat's front edge is at x (see the 'chair' prop). */
export const sitSide = (chairX: number): Pose => ({
  torso: 0, shoulder: [25, 20], elbow: [55, 55], hip: [90, 90], knee: [90, 96], ankle: [0, 6], at: [chairX - 9, SEATED_PELVIS_Y],
});

/** Front view, standing, arms a little away from the body. */
export const STAND_FRONT: Pose = { torso: 0, shoulder: [10, 10], elbow: [5, 5], hip: [4, 4], at: [60] };

/** Front view, sitting: the thighs point at the viewer, the shins hang to the floor. */
export const SIT_FRONT: Pose = { torso: 0, shoulder: [12, 12], elbow: [10, 10], hip: [8, 8], knee: [8, 8], thighToward: [78, 78], at: [60] };
