import { progressFraction } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import { ProgressRing } from '../ui/ProgressRing';
import { countOfGoalText, formatGlasses } from './hydrationWording';

/** Glasses counted of the goal, filled the same way on every screen; `when` names the day when it is not today. */
export function GlassesRing({ counted, goal, when }: { counted: number; goal: number; when?: string | undefined }) {
  return (
    <ProgressRing fraction={progressFraction(counted, goal)} label={countOfGoalText(counted, goal, when)}>
      <span class="ring__big">{formatGlasses(counted)}</span>
      <span>{waterText().ofGoal(goal, when)}</span>
    </ProgressRing>
  );
}
