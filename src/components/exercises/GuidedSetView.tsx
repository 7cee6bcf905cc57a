import { exerciseWords, roundName, type Countdown, type GuidedSet } from '../../domain/exercises';
import { guidedText } from '../../domain/i18n';
import { GuidedCountdown } from './GuidedCountdown';
import { GuidedFigure } from './GuidedFigure';

interface Props { set: GuidedSet; hold: Countdown | null; now: number }

/** The set being done: which one, how, and for a hold the timer once it has started. */
export function GuidedSetView({ set, hold, now }: Props) {
  const t = guidedText();
  const { exercise } = set;
  // A library exercise in the reader's language; the therapist's own words as written.
  const words = exerciseWords(exercise);
  const round = roundName(set.round, exercise.timesPerDay);
  const dose = exercise.reps ? t.reps(exercise.reps) : t.holdFor(exercise.holdSeconds ?? 0);
  return (
    <article class="card guided-set" aria-labelledby="guided-exercise">
      <h2 id="guided-exercise">{words.name}</h2>
      <p class="guided-set__counter">
        {round && <span class="guided-set__round">{round}</span>}
        <span>{t.setOf(set.set, exercise.sets)}</span>
        {set.side && <span class="guided-set__side">{t.side[set.side]}</span>}
        <span class="muted">{dose}</span>
      </p>
      <GuidedFigure exercise={exercise} />
      <ol class="guided-set__steps">{words.steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
      {words.cautions.length > 0 && (
        <ul class="guided-set__cautions" aria-label={t.cautions}>{words.cautions.map((c) => <li key={c}>{c}</li>)}</ul>
      )}
      {hold && <GuidedCountdown label={t.hold} countdown={hold} now={now} />}
    </article>
  );
}
