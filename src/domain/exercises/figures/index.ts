/**
 * The illustrations' public surface: every library exercise's figure by the exercise's id, and the
 * drawing functions. Only components that show exercises import this, so the drawings stay out of
 * the first screen's code.
 */
import type { Exercise } from '../exerciseLibrary';
import type { FigureSpec } from '../figureSpec';
import { ARM_FIGURES } from './armsWrists';
import { CHEST_FIGURES } from './chest';
import { FOOT_FIGURES } from './feet';
import { HIP_FIGURES } from './hips';
import { LEG_FIGURES } from './legs';
import { LOWER_BACK_FIGURES } from './lowerBack';
import { NECK_FIGURES } from './neck';
import { SHOULDER_FIGURES } from './shoulders';
import { UPPER_BACK_FIGURES } from './upperBack';

export { LOOP_SECONDS, drawAnimatedFigure, drawStillFigure, figureBox, figurePoses } from '../drawFigure';
export type { FigureSpec, Prop } from '../figureSpec';
export { svgMarkup, type SvgNode } from '../svgNode';

export const FIGURES: Readonly<Record<string, FigureSpec>> = {
  ...NECK_FIGURES, ...SHOULDER_FIGURES, ...CHEST_FIGURES, ...UPPER_BACK_FIGURES, ...LOWER_BACK_FIGURES,
  ...HIP_FIGURES, ...LEG_FIGURES, ...FOOT_FIGURES, ...ARM_FIGURES,
};

/** The figure an exercise shows: the one it borrows, else its own; none for a custom one that borrows none. */
export function figureFor(exercise: Pick<Exercise, 'id' | 'figure'>): FigureSpec | undefined {
  const id = exercise.figure ?? exercise.id;
  return Object.hasOwn(FIGURES, id) ? FIGURES[id] : undefined;
}

/** Alt text: the movement, then what is highlighted. */
export function figureAlt(spec: FigureSpec): string {
  return `${spec.alt} Highlighted: ${spec.area}.`;
}
