import { countdownLeft, type Countdown } from '../../domain/exercises';
import { guidedText } from '../../domain/i18n';

/**
 * A hold or rest counting down: big seconds and a plain progress bar. No ring and no animation, so
 * reduced motion needs nothing special. The seconds are hidden from screen readers, which would
 * otherwise hear every one; the bar can be read on demand, and the end is announced by the screen.
 */
export function GuidedCountdown({ label, countdown, now }: { label: string; countdown: Countdown; now: number }) {
  const t = guidedText();
  const left = countdownLeft(countdown, now);
  const seconds = Math.ceil(left / 1000);
  const paused = countdown.endsAt === null;
  return (
    <div class="guided-countdown">
      <span class="guided-countdown__time" aria-hidden="true">{seconds} s</span>
      <progress max={countdown.totalMs / 1000} value={Math.floor((countdown.totalMs - left) / 1000)} aria-label={t.secondsLeft(label, seconds)} />
      {paused && <span class="guided-countdown__paused">{t.paused}</span>}
    </div>
  );
}
