import { BODY_REGIONS, EXERCISE_LIBRARY, EXERCISE_LIMITS, sidesOf } from '../../domain/exercises';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import type { DoseKind, DurationUnit, ExerciseDraft } from './exerciseDraft';
import { NumberField } from './NumberField';
import { HintedTextArea } from '../ui/HintedTextArea';

type Patch = (patch: Partial<ExerciseDraft>) => void;

function DoseFields({ draft, onChange }: { draft: ExerciseDraft; onChange: Patch }) {
  const name = `ex-${draft.id}-dose`;
  const option = (dose: DoseKind, label: string) => (
    <label class="choice choice--inline">
      <input type="radio" name={name} value={dose} checked={draft.dose === dose} onChange={() => onChange({ dose })} />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset class="field">
      <legend class="field__label">Each set is</legend>
      <div class="inline-choices">
        {option('reps', 'Repetitions')}
        {option('hold', 'A hold')}
      </div>
      {draft.dose === 'reps' ? (
        <NumberField id={`ex-${draft.id}-reps`} label="Reps per set" value={draft.reps} {...EXERCISE_LIMITS.reps} onChange={(reps) => onChange({ reps })} />
      ) : (
        <NumberField id={`ex-${draft.id}-hold`} label="Hold, in seconds" value={draft.holdSeconds} {...EXERCISE_LIMITS.holdSeconds} onChange={(holdSeconds) => onChange({ holdSeconds })} />
      )}
    </fieldset>
  );
}

function DurationFields({ draft, onChange }: { draft: ExerciseDraft; onChange: Patch }) {
  const id = `ex-${draft.id}-duration`;
  const max = draft.durationUnit === 'weeks' ? Math.floor(EXERCISE_LIMITS.durationDays.max / 7) : EXERCISE_LIMITS.durationDays.max;
  return (
    <div class="number-with-unit">
      <NumberField id={id} label="For how long" value={draft.durationAmount} min={1} max={max} onChange={(durationAmount) => onChange({ durationAmount })} />
      <div class="number-field">
        <label for={`${id}-unit`} class="field__label">Days or weeks</label>
        <select id={`${id}-unit`} value={draft.durationUnit} onChange={(e) => onChange({ durationUnit: e.currentTarget.value as DurationUnit })}>
          <option value="days">days</option>
          <option value="weeks">weeks</option>
        </select>
      </div>
    </div>
  );
}

function SidesField({ draft, onChange }: { draft: ExerciseDraft; onChange: Patch }) {
  return (
    <label class="choice field">
      <input type="checkbox" checked={sidesOf(draft) === 'each'} onChange={(e) => onChange({ sides: e.currentTarget.checked ? 'each' : 'both' })} />
      <span>One side at a time (left, then right)</span>
    </label>
  );
}

/** A custom exercise can borrow any library illustration; a library one always shows its own. */
function FigureField({ draft, onChange }: { draft: ExerciseDraft; onChange: Patch }) {
  const id = `ex-${draft.id}-figure`;
  return (
    <div class="field">
      <label for={id} class="field__label">Illustration</label>
      <select id={id} value={draft.figure ?? ''} onChange={(e) => onChange({ figure: e.currentTarget.value || undefined })}>
        <option value="">None</option>
        {BODY_REGIONS.map((region) => (
          <optgroup key={region.id} label={region.label}>
            {EXERCISE_LIBRARY.filter((e) => e.region === region.id).map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </optgroup>
        ))}
      </select>
      <ExerciseFigure exercise={draft} still small />
    </div>
  );
}

/** Every field of one exercise; the library's words and numbers are only a starting point. */
export function ExerciseEditor({ draft, labelledBy, onChange }: { draft: ExerciseDraft; labelledBy: string; onChange: Patch }) {
  const id = (field: string) => `ex-${draft.id}-${field}`;
  return (
    <div class="exercise-editor" id={id('editor')} role="group" aria-labelledby={labelledBy}>
      <div class="field">
        <label for={id('name')} class="field__label">Name</label>
        <input id={id('name')} type="text" maxLength={EXERCISE_LIMITS.nameChars} value={draft.name} onInput={(e) => onChange({ name: e.currentTarget.value })} />
      </div>
      <HintedTextArea id={id('steps')} label="Steps" hint="One step per line." rows={6} value={draft.steps} onChange={(steps) => onChange({ steps })} />
      <HintedTextArea id={id('cautions')} label="Cautions" hint="One per line; may be left empty." rows={3} value={draft.cautions} onChange={(cautions) => onChange({ cautions })} />
      <div class="number-row">
        <NumberField id={id('sets')} label="Sets" value={draft.sets} {...EXERCISE_LIMITS.sets} onChange={(sets) => onChange({ sets })} />
        <NumberField id={id('times')} label="Times a day" value={draft.timesPerDay} {...EXERCISE_LIMITS.timesPerDay} onChange={(timesPerDay) => onChange({ timesPerDay })} />
      </div>
      <DoseFields draft={draft} onChange={onChange} />
      <DurationFields draft={draft} onChange={onChange} />
      <SidesField draft={draft} onChange={onChange} />
      {draft.custom && <FigureField draft={draft} onChange={onChange} />}
    </div>
  );
}
