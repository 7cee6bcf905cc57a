/**
 * What one exercise figure is made of: two poses of the body model, the props the exercise needs,
 * and the part of the body it works, highlighted in the accent colour. Everything a figure shows is
 * derived from this data (see drawFigure.ts).
 */
import type { PartName, PointName, Pose, View } from './bodyModel';

/** Furniture and tools, in view-box units. The floor line is always drawn. */
export type Prop =
  /** A wall seen edge-on: a vertical line from the floor up. */
  | { kind: 'wall'; x: number }
  /** A door frame seen edge-on: a post with the head of the frame above it. */
  | { kind: 'doorway'; x: number }
  /** A chair seen from the side, its seat's front edge at x (facing right unless `back` is 'right'). */
  | { kind: 'chair'; x: number; back?: 'left' | 'right' }
  /** A chair or stool seen from the front, centred on x, its seat at y (SEAT_Y unless said). */
  | { kind: 'stool'; x: number; y?: number }
  /** A tennis ball (or similar) at a fixed spot. */
  | { kind: 'ball'; at: readonly [number, number] }
  /** A foam roller seen end-on, lying on the floor at x. */
  | { kind: 'roller'; x: number }
  /** A towel or strap held between two points of the body; it moves with them. */
  | { kind: 'strap'; from: PointName; to: PointName };

export interface FigureSpec {
  view: View;
  /** Draw the figure facing left instead of right (side view). */
  mirror?: boolean;
  /**
   * 'upper': show only the upper body of a standing figure, half as big again, for exercises whose
   * movement is small (wrists, hands). The picture keeps the same shape; the floor is out of sight.
   */
  crop?: 'upper';
  /** The point that `Pose.at` places; the pelvis unless said otherwise. */
  pin?: PointName;
  start: Pose;
  end: Pose;
  props?: readonly Prop[];
  /**
   * The parts drawn in the accent colour: what the exercise stretches or works. The figure in words
   * (the movement, the highlighted area) is in the catalogue by the exercise's id: i18n/en/figures.ts.
   */
  highlight: readonly PartName[];
}

/** The part of the view box a cropped figure shows (same 4 : 3 shape as the whole). */
export const UPPER_BODY_BOX = { x: 24, y: 4, width: 72, height: 54 } as const;

/** The seat of a chair: its top surface, and where a seated pelvis sits on it. */
export const SEAT_Y = 71;
export const SEATED_PELVIS_Y = SEAT_Y - 5;

/** Prop sizes: a foam roller lies on the floor, its top at ROLLER_TOP_Y. */
export const BALL_RADIUS = 3.5;
export const ROLLER_RADIUS = 4.5;
export const ROLLER_TOP_Y = 84 - 1 - 2 * ROLLER_RADIUS;
