import { useState } from 'preact/hooks';
import { BODY_REGIONS, EXERCISE_LIBRARY, searchLibrary, type BodyRegion } from '../../domain/exercises';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import { doseSummary } from './exerciseDraft';
import { LibraryFilters } from './LibraryFilters';

/** The built-in library, searchable and filtered by body region; each can be opened to read its steps first. */
export function ExercisePicker({ selectedIds, onToggle }: { selectedIds: readonly string[]; onToggle: (id: string, checked: boolean) => void }) {
  const [text, setText] = useState('');
  const [region, setRegion] = useState<BodyRegion | undefined>(undefined);
  const found = searchLibrary(EXERCISE_LIBRARY, text, region);
  const regionLabel = (id: BodyRegion) => BODY_REGIONS.find((r) => r.id === id)?.label ?? id;
  return (
    <fieldset class="field card">
      <legend class="field__label">Exercise library</legend>
      <p class="muted">Tick the ones to assign. You can change any of them below once assigned.</p>
      <LibraryFilters text={text} region={region} onText={setText} onRegion={setRegion} />
      <p class="muted" role="status" id="library-count">
        {found.length === EXERCISE_LIBRARY.length ? `All ${found.length} exercises` : `${found.length} of ${EXERCISE_LIBRARY.length} exercises`}
        {selectedIds.length > 0 ? `, ${selectedIds.length} assigned` : ''}
      </p>
      {found.length === 0 && <p class="card">No exercise matches. Try another word or “All regions”, or write your own below.</p>}
      <ul class="library-list" aria-describedby="library-count">
        {found.map((exercise) => (
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
                <span class="choice__desc" id={`library-${exercise.id}-dose`}>{regionLabel(exercise.region)} · {doseSummary(exercise)}</span>
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
