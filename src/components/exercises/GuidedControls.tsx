import { currentSet, exerciseWords, runningCountdown, type GuidedSession } from '../../domain/exercises';
import { guidedText } from '../../domain/i18n';
import {
  beginHold, guidedSound, guidedVibration, markSetDone, pauseGuidedSession, skipGuidedExercise, skipGuidedSet,
} from '../../state/carePlan/guidedSessionActions';
import { NavLink } from '../ui/NavLink';
import { canVibrate } from '../carePlan/cues';

/** What the main button does now: start a hold, tick a set of reps, or pause and resume a timer. */
function mainAction(session: GuidedSession): { text: string; act: () => void } {
  const t = guidedText();
  const countdown = runningCountdown(session);
  if (countdown) {
    const paused = countdown.endsAt === null;
    return { text: paused ? t.resume : t.pause, act: () => pauseGuidedSession(!paused) };
  }
  const set = currentSet(session);
  const hold = set?.exercise.holdSeconds;
  return hold ? { text: t.startHold(hold, set?.side), act: () => beginHold() } : { text: set?.side === 'left' ? t.leftSideDone : t.setDone, act: () => markSetDone() };
}

/**
 * The session's controls. The main button is one element whose words change with the phase, so
 * keyboard focus stays on it from "Start hold" through "Pause" to the next set, instead of
 * falling back to the page when a button disappears; the status region says what changed.
 */
export function GuidedControls({ session }: { session: GuidedSession }) {
  const t = guidedText();
  const main = mainAction(session);
  const exercise = currentSet(session)?.exercise;
  const resting = session.phase.kind === 'rest';
  return (
    <div class="guided-controls">
      <button type="button" class="button button--primary button--large" onClick={main.act}>{main.text}</button>
      <div class="guided-controls__more">
        <button type="button" class="button" onClick={skipGuidedSet}>{resting ? t.skipRest : t.skipSet}</button>
        {exercise && <button type="button" class="button" onClick={skipGuidedExercise}>{t.skipExercise(exerciseWords(exercise).name)}</button>}
        <NavLink to="exercises" class="button button--quiet">{t.stop}</NavLink>
      </div>
      <fieldset class="guided-controls__cues">
        <legend>{t.cuesLegend}</legend>
        <label class="choice">
          <input type="checkbox" checked={guidedSound.value} onChange={(e) => (guidedSound.value = e.currentTarget.checked)} />
          <span>{t.beep}</span>
        </label>
        {canVibrate() && (
          <label class="choice">
            <input type="checkbox" checked={guidedVibration.value} onChange={(e) => (guidedVibration.value = e.currentTarget.checked)} />
            <span>{t.vibrate}</span>
          </label>
        )}
      </fieldset>
    </div>
  );
}
