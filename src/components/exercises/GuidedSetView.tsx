import { roundName, type Countdown, type GuidedSet } from '../../domain/exercises';
import { GuidedCountdown } from './GuidedCountdown';
import { GuidedFigure } from './GuidedFigure';

interface Props { set: GuidedSet; hold: Countdown | null; now: number }

/** The set being done: which one, how, and for a hold the timer once it has started. */
export function GuidedSetView({ set, hold, now }: Props) {
  const { exercise } = set;
  const round = roundName(set.round, exercise.timesPerDay);
  const dose = exercise.reps ? `${exercise.reps} reps` : `Hold ${exercise.holdSeconds} s`;
  return (
    <article class="card guided-set" aria-labelledby="guided-exercise">
      <h2 id="guided-exercise">{exercise.name}</h2>
      <p class="guided-set__counter">
        {round && <span class="guided-set__round">{round}</span>}
        <span>Set {set.set} of {exercise.sets}</span>
        {set.side && <span class="guided-set__side">{set.side === 'left' ? 'Left side' : 'Right side'}</span>}
        <span class="muted">{dose}</span>
      </p>
      <GuidedFigure exercise={exercise} />
      <ol class="guided-set__steps">{exercise.steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
      {exercise.cautions.length > 0 && (
        <ul class="guided-set__cautions" aria-label="Cautions">{exercise.cautions.map((c) => <li key={c}>{c}</li>)}</ul>
      )}
      {hold && <GuidedCountdown label="Hold" countdown={hold} now={now} />}
    </article>
  );
}
