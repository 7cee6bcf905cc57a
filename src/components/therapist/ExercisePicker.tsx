import { EXERCISE_LIBRARY } from '../../domain/exercises';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import { doseSummary } from './exerciseDraft';

/** The built-in library as checkboxes; each can be opened to read its steps and cautions first. */
export function ExercisePicker({ selectedIds, onToggle }: { selectedIds: readonly string[]; onToggle: (id: string, checked: boolean) => void }) {
  return (
    <fieldset class="field card">
      <legend class="field__label">Exercise library</legend>
      <p class="muted">Tick the ones to assign. You can change any of them below once assigned.</p>
      <ul class="library-list">
        {EXERCISE_LIBRARY.map((exercise) => (
          <li key={exercise.id} class="library-item">
            <label class="choice">
              <input
                type="checkbox"
                value={exercise.id}
                checked={selectedIds.includes(exercise.id)}
                onChange={(e) => onToggle(exercise.id, e.currentTarget.checked)}
                aria-labelledby={`library-${exercise.id}-name`}
                aria-describedby={`library-${exercise.id}-dose`}
              />
              <span class="choice__text">
                <span class="choice__title" id={`library-${exercise.id}-name`}>{exercise.name}</span>
                <span class="choice__desc" id={`library-${exercise.id}-dose`}>{doseSummary(exercise)}</span>
              </span>
            </label>
            <ExerciseFigure exercise={exercise} still small />
            <details class="library-item__details">
              <summary>
                Steps and cautions<span class="visually-hidden"> for {exercise.name}</span>
              </summary>
              <ol>
                {exercise.steps.map((step) => <li key={step}>{step}</li>)}
              </ol>
              <ul class="cautions">
                {exercise.cautions.map((caution) => <li key={caution}>{caution}</li>)}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
