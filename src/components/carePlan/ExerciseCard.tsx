import { exerciseWords, roundName, sidesOf, type ExerciseCheck, type ScheduledExercise } from '../../domain/exercises';
import { carePlanText } from '../../domain/i18n';
import { checkOffSets } from '../../state/carePlan/carePlanActions';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import { HoldTimer } from './HoldTimer';

interface Props { item: ScheduledExercise; carePlanId: string; today: string; checks: ExerciseCheck[] }

/** One exercise: how to do it, and a check-off for every set of every round today. */
export function ExerciseCard({ item, carePlanId, today, checks }: Props) {
  const t = carePlanText();
  const { exercise, dayNumber } = item;
  // A one-sided exercise's set is both sides; the guided session walks them one by one.
  const oneSided = sidesOf(exercise) === 'each';
  const setsDone = (round: number) => checks.find((c) => c.exerciseId === exercise.id && c.localDate === today && c.round === round)?.setsDone ?? 0;
  // A failed save changes no state, so nothing re-renders: the box is put back by hand, or it
  // would show a set as done that was never saved (storageProblem says why).
  const toggle = (round: number, set: number, box: HTMLInputElement) => {
    const checked = box.checked;
    void checkOffSets({ carePlanId, exerciseId: exercise.id, localDate: today, round, setsDone: checked ? set : set - 1 })
      .catch(() => void (box.checked = !checked));
  };
  // A library exercise in the reader's language; the therapist's own words as written.
  const words = exerciseWords(exercise);
  return (
    <article class="card exercise-card" aria-labelledby={`exercise-${exercise.id}`}>
      <h2 id={`exercise-${exercise.id}`}>{words.name}</h2>
      <p class="exercise-card__meta">{t.exercises.meta(t.dose(exercise), exercise.timesPerDay, dayNumber, exercise.durationDays)}</p>
      <ExerciseFigure exercise={exercise} />
      <ol>{words.steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
      {words.cautions.length > 0 && (
        <ul aria-label={t.exercises.cautions}>{words.cautions.map((c) => <li key={c}>{c}</li>)}</ul>
      )}
      {exercise.holdSeconds && <HoldTimer seconds={exercise.holdSeconds} label={words.name} />}
      {Array.from({ length: exercise.timesPerDay }, (_, i) => i + 1).map((round) => (
        <fieldset class="set-list" key={round}>
          <legend>{roundName(round, exercise.timesPerDay) ?? t.exercises.sets}</legend>
          {Array.from({ length: exercise.sets }, (_, i) => i + 1).map((set) => (
            <label class="set-check" key={set}>
              <input
                type="checkbox"
                checked={setsDone(round) >= set}
                onChange={(e) => toggle(round, set, e.currentTarget)}
                aria-label={t.exercises.setDone(words.name, roundName(round, exercise.timesPerDay), set)}
              />
              {t.exercises.set(set)}{oneSided && <span class="muted">{' · '}{t.exercises.bothSides}</span>}
            </label>
          ))}
        </fieldset>
      ))}
    </article>
  );
}
