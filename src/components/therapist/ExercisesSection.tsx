import { useEffect, useState } from 'preact/hooks';
import { customExerciseId, findLibraryExercise } from '../../domain/exercises';
import { deskText } from '../../domain/i18n';
import { ExerciseEditor } from './ExerciseEditor';
import { ExercisePicker } from './ExercisePicker';
import { doseSummary, draftFromExercise, exerciseFromDraft, newCustomDraft, type ExerciseDraft, draftName } from './exerciseDraft';

interface Props {
  exercises: ExerciseDraft[];
  onChange: (exercises: ExerciseDraft[]) => void;
}

/** A summary needs sane numbers; while a box is empty it would read "NaN sets". */
function summaryOf(draft: ExerciseDraft): string {
  const numbers = [draft.sets, draft.reps, draft.holdSeconds, draft.timesPerDay, draft.durationAmount];
  return numbers.every(Number.isFinite) ? doseSummary(exerciseFromDraft(draft)) : deskText().exercises.numbersEmpty;
}

/** Pick from the library, write new ones, and adjust each assigned exercise. */
export function ExercisesSection({ exercises, onChange }: Props) {
  const [open, setOpen] = useState<string[]>([]);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (focusId) document.getElementById(`ex-${focusId}-name`)?.focus();
  }, [focusId]);

  const toggleOpen = (id: string) => setOpen(open.includes(id) ? open.filter((o) => o !== id) : [...open, id]);
  const update = (id: string, patch: Partial<ExerciseDraft>) => onChange(exercises.map((e) => (e.id === id ? { ...e, ...patch } : e)));
  const remove = (id: string) => onChange(exercises.filter((e) => e.id !== id));
  /** The Remove button goes away with its exercise; keep the keyboard in the list. */
  function removeAndRefocus(id: string) {
    remove(id);
    document.getElementById('assigned-title')?.focus();
  }
  function toggleLibrary(id: string, checked: boolean) {
    const exercise = findLibraryExercise(id);
    if (checked && exercise) onChange([...exercises, draftFromExercise(exercise)]);
    else remove(id);
  }
  function addCustom() {
    const id = customExerciseId(exercises.map((e) => e.id));
    onChange([...exercises, newCustomDraft(id)]);
    setOpen([...open, id]);
    setFocusId(id);
  }

  const t = deskText().exercises;
  return (
    <section class="therapist-section" aria-labelledby="exercises-title">
      <h2 id="exercises-title" tabIndex={-1}>{t.title}</h2>
      <ExercisePicker selectedIds={exercises.map((e) => e.id)} onToggle={toggleLibrary} />
      <h3 id="assigned-title" tabIndex={-1}>{t.assigned(exercises.length)}</h3>
      {exercises.length === 0 && <p class="muted">{t.noneAssigned}</p>}
      <ol class="assigned-list" aria-labelledby="assigned-title">
        {exercises.map((draft, index) => {
          const title = `ex-${draft.id}-title`;
          const isOpen = open.includes(draft.id);
          const label = draftName(draft) || t.newExercise;
          return (
            <li key={draft.id} class="card assigned-exercise">
              <h4 id={title} class="assigned-exercise__title">{index + 1}. {label}</h4>
              <p class="muted">{summaryOf(draft)}</p>
              <div class="assigned-exercise__actions">
                <button type="button" class="button" aria-expanded={isOpen} aria-controls={isOpen ? `ex-${draft.id}-editor` : undefined} onClick={() => toggleOpen(draft.id)}>
                  {isOpen ? t.doneEditing : t.edit}<span class="visually-hidden"> {label}</span>
                </button>
                <button type="button" class="button button--quiet" onClick={() => removeAndRefocus(draft.id)}>
                  {t.remove}<span class="visually-hidden"> {label}</span>
                </button>
              </div>
              {isOpen && <ExerciseEditor draft={draft} labelledBy={title} onChange={(patch) => update(draft.id, patch)} />}
            </li>
          );
        })}
      </ol>
      <button type="button" class="button" onClick={addCustom}>{t.addOwn}</button>
    </section>
  );
}
