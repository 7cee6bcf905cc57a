import { describeSet, type Countdown, type GuidedSet } from '../../domain/exercises';
import { guidedText } from '../../domain/i18n';
import { GuidedCountdown } from './GuidedCountdown';

/** The short rest between two sets, and what comes after it. */
export function GuidedRest({ next, rest, now }: { next: GuidedSet; rest: Countdown; now: number }) {
  const t = guidedText();
  return (
    <section class="card guided-rest" aria-labelledby="guided-rest-title">
      <h2 id="guided-rest-title">{t.rest}</h2>
      <GuidedCountdown label={t.rest} countdown={rest} now={now} />
      <p>{t.next(describeSet(next))}</p>
    </section>
  );
}
