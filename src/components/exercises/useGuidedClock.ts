import { useEffect, useState } from 'preact/hooks';
import { runningCountdown, type GuidedCue, type GuidedSession } from '../../domain/exercises';
import { advanceGuidedSession, guidedSound, guidedVibration } from '../../state/carePlan/guidedSessionActions';
import { beep, buzz } from '../carePlan/cues';

/** A hold or a rest ran out: the cue the user asked for. */
function cueEnd(cue: GuidedCue | undefined): void {
  if (cue !== 'hold-complete' && cue !== 'rest-over') return;
  if (guidedSound.value) beep();
  if (guidedVibration.value) buzz();
}

/**
 * The time the countdowns on screen are drawn at, and the pulse that moves the session on when a
 * hold or rest runs out. It ticks only while a timer runs (not while paused or waiting for a tap).
 * Every tick reads Date.now() afresh, so a throttled page catches up rather than running slow.
 */
export function useGuidedClock(session: GuidedSession | null): number {
  const [now, setNow] = useState(Date.now);
  const running = !!session && runningCountdown(session)?.endsAt != null;
  useEffect(() => {
    if (!running) return;
    const pulse = () => {
      const at = Date.now();
      setNow(at);
      cueEnd(advanceGuidedSession(at));
    };
    pulse();
    const timer = setInterval(pulse, 250);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}
