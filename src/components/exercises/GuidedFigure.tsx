import type { Exercise } from '../../domain/exercises';
import { ExerciseFigure } from './ExerciseFigure';

/** The guided session's illustration: the exercise's figure, moving (or two stills with reduced motion). */
export function GuidedFigure({ exercise }: { exercise: Exercise }) {
  return <ExerciseFigure exercise={exercise} />;
}
