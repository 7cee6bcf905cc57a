import type { Exercise } from '../../domain/exercises';

/**
 * THE ILLUSTRATION SLOT of the guided session. The exercise figures (issue 12, item 1) are being
 * drawn on another branch as `ExerciseFigure` in this folder; when that lands, this renders
 * `<ExerciseFigure exercise={exercise} />` and nothing else changes. Until then there is no
 * picture to show, and an empty box would only take room from the steps.
 */
export function GuidedFigure(_props: { exercise: Exercise }) {
  return null;
}
