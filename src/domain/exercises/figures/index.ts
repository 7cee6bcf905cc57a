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
import { figuresText, type FigureWords } from '../../i18n/en/figures';

export { LOOP_SECONDS, drawAnimatedFigure, drawStillFigure, figureBox, figurePoses } from '../drawFigure';
export type { FigureSpec, Prop } from '../figureSpec';
export { svgMarkup, type SvgNode } from '../svgNode';
export type { FigureWords } from '../../i18n/en/figures';

export const FIGURES: Readonly<Record<string, FigureSpec>> = {
  ...NECK_FIGURES, ...SHOULDER_FIGURES, ...CHEST_FIGURES, ...UPPER_BACK_FIGURES, ...LOWER_BACK_FIGURES,
  ...HIP_FIGURES, ...LEG_FIGURES, ...FOOT_FIGURES, ...ARM_FIGURES,
};

/** The figure an exercise shows: the one it borrows, else its own; none for a custom one that borrows none. */
export function figureFor(exercise: Pick<Exercise, 'id' | 'figure'>): FigureSpec | undefined {
  const id = exercise.figure ?? exercise.id;
  return Object.hasOwn(FIGURES, id) ? FIGURES[id] : undefined;
}

/** The figure an exercise shows, in words and in the active language: the movement and the highlighted area. */
export function figureWords(exercise: Pick<Exercise, 'id' | 'figure'>): FigureWords | undefined {
  const id = exercise.figure ?? exercise.id;
  const { byId } = figuresText();
  return Object.hasOwn(byId, id) ? byId[id as keyof typeof byId] : undefined;
}

/** Alt text for an exercise's figure: the movement, then what is highlighted; empty for one without a figure. */
export function figureAlt(exercise: Pick<Exercise, 'id' | 'figure'>): string {
  const words = figureWords(exercise);
  return words ? figuresText().described(words.alt, words.area) : '';
}
