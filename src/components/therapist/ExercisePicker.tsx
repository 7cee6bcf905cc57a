import { useState } from 'preact/hooks';
import { BODY_REGIONS, EXERCISE_LIBRARY, exerciseWords, searchLibrary, type BodyRegion } from '../../domain/exercises';
import { deskText } from '../../domain/i18n';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import { doseSummary } from './exerciseDraft';
import { LibraryFilters } from './LibraryFilters';

/** The built-in library, searchable and filtered by body region; each can be opened to read its steps first. */
export function ExercisePicker({ selectedIds, onToggle }: { selectedIds: readonly string[]; onToggle: (id: string, checked: boolean) => void }) {
  const [text, setText] = useState('');
  const [region, setRegion] = useState<BodyRegion | undefined>(undefined);
  const found = searchLibrary(EXERCISE_LIBRARY, text, region);
  const regionLabel = (id: BodyRegion) => BODY_REGIONS.find((r) => r.id === id)?.label ?? id;
  const t = deskText().library;
  return (
    <fieldset class="field card">
      <legend class="field__label">{t.title}</legend>
      <p class="muted">{t.hint}</p>
      <LibraryFilters text={text} region={region} onText={setText} onRegion={setRegion} />
      <p class="muted" role="status" id="library-count">
        {t.count(found.length, EXERCISE_LIBRARY.length, selectedIds.length)}
      </p>
      {found.length === 0 && <p class="card">{t.noMatch}</p>}
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
                <span class="choice__title" id={`library-${exercise.id}-name`}>{exerciseWords(exercise).name}</span>
                <span class="choice__desc" id={`library-${exercise.id}-dose`}>{regionLabel(exercise.region)} · {doseSummary(exercise)}</span>
              </span>
            </label>
            <ExerciseFigure exercise={exercise} still small />
            <details class="library-item__details">
              <summary>
                {t.stepsAndCautions}<span class="visually-hidden">{t.forExercise(exerciseWords(exercise).name)}</span>
              </summary>
              <ol>
                {exerciseWords(exercise).steps.map((step) => <li key={step}>{step}</li>)}
              </ol>
              <ul class="cautions">
                {exerciseWords(exercise).cautions.map((caution) => <li key={caution}>{caution}</li>)}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
