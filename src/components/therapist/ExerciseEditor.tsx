import { BODY_REGIONS, EXERCISE_LIBRARY, EXERCISE_LIMITS, sidesOf, exerciseWords } from '../../domain/exercises';
import { deskText } from '../../domain/i18n';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import type { DoseKind, DurationUnit, ExerciseDraft } from './exerciseDraft';
import { NumberField } from './NumberField';
import { HintedTextArea } from '../ui/HintedTextArea';

type Patch = (patch: Partial<ExerciseDraft>) => void;

function DoseFields({ draft, onChange }: { draft: ExerciseDraft; onChange: Patch }) {
  const name = `ex-${draft.id}-dose`;
  const t = deskText().editor;
  const option = (dose: DoseKind, label: string) => (
    <label class="choice choice--inline">
      <input type="radio" name={name} value={dose} checked={draft.dose === dose} onChange={() => onChange({ dose })} />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset class="field">
      <legend class="field__label">{t.eachSetIs}</legend>
      <div class="inline-choices">
        {option('reps', t.repetitions)}
        {option('hold', t.aHold)}
      </div>
      {draft.dose === 'reps' ? (
        <NumberField id={`ex-${draft.id}-reps`} label={t.repsPerSet} value={draft.reps} {...EXERCISE_LIMITS.reps} onChange={(reps) => onChange({ reps })} />
      ) : (
        <NumberField id={`ex-${draft.id}-hold`} label={t.holdSeconds} value={draft.holdSeconds} {...EXERCISE_LIMITS.holdSeconds} onChange={(holdSeconds) => onChange({ holdSeconds })} />
      )}
    </fieldset>
  );
}

function DurationFields({ draft, onChange }: { draft: ExerciseDraft; onChange: Patch }) {
  const id = `ex-${draft.id}-duration`;
  const t = deskText().editor;
  const max = draft.durationUnit === 'weeks' ? Math.floor(EXERCISE_LIMITS.durationDays.max / 7) : EXERCISE_LIMITS.durationDays.max;
  return (
    <div class="number-with-unit">
      <NumberField id={id} label={t.howLong} value={draft.durationAmount} min={1} max={max} onChange={(durationAmount) => onChange({ durationAmount })} />
      <div class="number-field">
        <label for={`${id}-unit`} class="field__label">{t.daysOrWeeks}</label>
        <select id={`${id}-unit`} value={draft.durationUnit} onChange={(e) => onChange({ durationUnit: e.currentTarget.value as DurationUnit })}>
          <option value="days">{t.days}</option>
          <option value="weeks">{t.weeks}</option>
        </select>
      </div>
    </div>
  );
}

function SidesField({ draft, onChange }: { draft: ExerciseDraft; onChange: Patch }) {
  return (
    <label class="choice field">
      <input type="checkbox" checked={sidesOf(draft) === 'each'} onChange={(e) => onChange({ sides: e.currentTarget.checked ? 'each' : 'both' })} />
      <span>{deskText().editor.oneSide}</span>
    </label>
  );
}

/** A custom exercise can borrow any library illustration; a library one always shows its own. */
function FigureField({ draft, onChange }: { draft: ExerciseDraft; onChange: Patch }) {
  const id = `ex-${draft.id}-figure`;
  const t = deskText().editor;
  return (
    <div class="field">
      <label for={id} class="field__label">{t.illustration}</label>
      <select id={id} value={draft.figure ?? ''} onChange={(e) => onChange({ figure: e.currentTarget.value || undefined })}>
        <option value="">{t.noIllustration}</option>
        {BODY_REGIONS.map((region) => (
          <optgroup key={region.id} label={region.label}>
            {EXERCISE_LIBRARY.filter((e) => e.region === region.id).map((e) => <option key={e.id} value={e.id}>{exerciseWords(e).name}</option>)}
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
  const t = deskText().editor;
  return (
    <div class="exercise-editor" id={id('editor')} role="group" aria-labelledby={labelledBy}>
      <div class="field">
        <label for={id('name')} class="field__label">{t.name}</label>
        <input id={id('name')} type="text" maxLength={EXERCISE_LIMITS.nameChars} value={draft.name} onInput={(e) => onChange({ name: e.currentTarget.value })} />
      </div>
      <HintedTextArea id={id('steps')} label={t.steps} hint={t.stepsHint} rows={6} value={draft.steps} onChange={(steps) => onChange({ steps })} />
      <HintedTextArea id={id('cautions')} label={t.cautions} hint={t.cautionsHint} rows={3} value={draft.cautions} onChange={(cautions) => onChange({ cautions })} />
      <div class="number-row">
        <NumberField id={id('sets')} label={t.sets} value={draft.sets} {...EXERCISE_LIMITS.sets} onChange={(sets) => onChange({ sets })} />
        <NumberField id={id('times')} label={t.timesPerDay} value={draft.timesPerDay} {...EXERCISE_LIMITS.timesPerDay} onChange={(timesPerDay) => onChange({ timesPerDay })} />
      </div>
      <DoseFields draft={draft} onChange={onChange} />
      <DurationFields draft={draft} onChange={onChange} />
      <SidesField draft={draft} onChange={onChange} />
      {draft.custom && <FigureField draft={draft} onChange={onChange} />}
    </div>
  );
}
