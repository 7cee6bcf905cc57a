/**
 * Every library exercise's figure, by the exercise's id. This module (and the drawings it pulls in)
 * is imported only by components that show exercises, so it stays out of the first screen's code.
 */
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

export const FIGURES: Readonly<Record<string, FigureSpec>> = {
  ...NECK_FIGURES, ...SHOULDER_FIGURES, ...CHEST_FIGURES, ...UPPER_BACK_FIGURES, ...LOWER_BACK_FIGURES,
  ...HIP_FIGURES, ...LEG_FIGURES, ...FOOT_FIGURES, ...ARM_FIGURES,
};
