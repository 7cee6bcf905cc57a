import { progressFraction } from '../../domain/hydration';
import { ProgressRing } from '../ui/ProgressRing';
import { formatGlasses, glassesText } from './hydrationWording';

/** Glasses counted of the goal, filled the same way on every screen; `when` names the day when it is not today. */
export function GlassesRing({ counted, goal, when = '' }: { counted: number; goal: number; when?: string }) {
  return (
    <ProgressRing fraction={progressFraction(counted, goal)} label={`${formatGlasses(counted)} of ${glassesText(goal)}${when}`}>
      <span class="ring__big">{formatGlasses(counted)}</span>
      <span>of {glassesText(goal)}{when}</span>
    </ProgressRing>
  );
}
