import { describeSet, type Countdown, type GuidedSet } from '../../domain/exercises';
import { GuidedCountdown } from './GuidedCountdown';

/** The short rest between two sets, and what comes after it. */
export function GuidedRest({ next, rest, now }: { next: GuidedSet; rest: Countdown; now: number }) {
  return (
    <section class="card guided-rest" aria-labelledby="guided-rest-title">
      <h2 id="guided-rest-title">Rest</h2>
      <GuidedCountdown label="Rest" countdown={rest} now={now} />
      <p>Next: {describeSet(next)}</p>
    </section>
  );
}
