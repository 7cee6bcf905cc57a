import { h, type VNode } from 'preact';
import type { Exercise } from '../../domain/exercises';
import { drawAnimatedFigure, drawStillFigure, figureAlt, figureFor, type FigureSpec, type SvgNode } from '../../domain/exercises';
import './ExerciseFigure.css';

/** The figure's SVG trees are pure functions of its data: drawn once per figure, then reused. */
const drawn = new WeakMap<FigureSpec, { moving: SvgNode; start: SvgNode; end: SvgNode }>();

function drawingsOf(spec: FigureSpec) {
  let drawings = drawn.get(spec);
  if (!drawings) {
    drawings = { moving: drawAnimatedFigure(spec), start: drawStillFigure(spec, 'start'), end: drawStillFigure(spec, 'end') };
    drawn.set(spec, drawings);
  }
  return drawings;
}

/** The wrapper carries the alt text; the SVG itself is decoration to assistive technology. */
function toVNode(node: SvgNode, index = 0): VNode {
  const props: Record<string, string | number> = { ...node.attrs, key: index };
  if (node.tag === 'svg') Object.assign(props, { 'aria-hidden': 'true', focusable: 'false' });
  return h(node.tag, props, node.children?.map(toVNode));
}

function Arrow() {
  return (
    <svg class="exercise-figure__arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 12h15m-6-6 6 6-6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

interface Props {
  exercise: Pick<Exercise, 'id' | 'figure'>;
  /** Only the two stills, start → end: for print, and for long lists where many loops would be busy. */
  still?: boolean;
  /** A smaller picture, for lists. */
  small?: boolean;
}

/**
 * An exercise's illustration: moving between its start and end positions, or (with reduced motion,
 * in print, or when `still`) the two positions side by side with an arrow. Both are rendered and
 * CSS shows one, so the choice follows the user's setting live. Nothing for an exercise without one.
 */
export function ExerciseFigure({ exercise, still = false, small = false }: Props) {
  const spec = figureFor(exercise);
  if (!spec) return null;
  const alt = figureAlt(exercise);
  const { moving, start, end } = drawingsOf(spec);
  const classes = ['exercise-figure', still && 'exercise-figure--still', small && 'exercise-figure--small'].filter(Boolean).join(' ');
  return (
    <div class={classes}>
      {!still && <div class="exercise-figure__motion" role="img" aria-label={alt}>{toVNode(moving)}</div>}
      <div class="exercise-figure__stills" role="img" aria-label={alt}>
        {toVNode(start)}
        <Arrow />
        {toVNode(end)}
      </div>
    </div>
  );
}
