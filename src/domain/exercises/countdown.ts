/**
 * A pausable countdown kept as instants, not as ticks: what is left is always `endsAt - now`, so a
 * phone that throttled the page's timers (screen off, tab hidden) still ends a hold on time, and a
 * test's fake clock drives it without waiting.
 */
export interface Countdown {
  totalMs: number;
  /** When it ends while running; null while paused. */
  endsAt: number | null;
  /** What was left when it was paused (equal to totalMs before it ever ran). */
  leftMs: number;
}

/** A countdown of `totalMs` running from `now`. */
export function startCountdown(totalMs: number, now: number): Countdown {
  return { totalMs, endsAt: now + totalMs, leftMs: totalMs };
}

/** Milliseconds left at `now`, never below zero. */
export function countdownLeft(countdown: Countdown, now: number): number {
  return countdown.endsAt === null ? countdown.leftMs : Math.max(0, countdown.endsAt - now);
}

/** Stops the countdown where it is; pausing a paused one changes nothing. */
export function pauseCountdown(countdown: Countdown, now: number): Countdown {
  if (countdown.endsAt === null) return countdown;
  return { ...countdown, endsAt: null, leftMs: countdownLeft(countdown, now) };
}

/** Carries on from where it was paused; resuming a running one changes nothing. */
export function resumeCountdown(countdown: Countdown, now: number): Countdown {
  if (countdown.endsAt !== null) return countdown;
  return { ...countdown, endsAt: now + countdown.leftMs };
}

/** Whether it has run out at `now` (a paused countdown never runs out). */
export function countdownOver(countdown: Countdown, now: number): boolean {
  return countdown.endsAt !== null && countdown.endsAt <= now;
}
