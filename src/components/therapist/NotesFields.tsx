import { CARE_PLAN_LIMITS } from '../../domain/carePlan';
import { needsPhysicianApproval, type MassageKind } from '../../domain/session';

export interface NotesValues {
  dos: string;
  donts: string;
  physicianNote: string;
}

function NoteArea(props: { id: string; label: string; hint: string; value: string; maxLength?: number; onChange: (text: string) => void }) {
  return (
    <div class="field card">
      <label for={props.id} class="field__label">{props.label}</label>
      <p class="muted" id={`${props.id}-hint`}>{props.hint}</p>
      <textarea
        id={props.id}
        rows={4}
        value={props.value}
        maxLength={props.maxLength}
        aria-describedby={`${props.id}-hint`}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
    </div>
  );
}

/** Do and don't notes for the treatment period, and the physician note where the kind calls for one. */
export function NotesFields(props: { kind: MassageKind | undefined; value: NotesValues; onChange: (patch: Partial<NotesValues>) => void }) {
  const { kind, value, onChange } = props;
  const { maxItems, maxChars } = CARE_PLAN_LIMITS.notes;
  const hint = `One per line, up to ${maxItems} lines of ${maxChars} characters.`;
  return (
    <section class="therapist-section" aria-labelledby="notes-title">
      <h2 id="notes-title" tabIndex={-1}>Do and don't</h2>
      <NoteArea id="field-dos" label="Do" hint={`${hint} For example: use a heat pack on tight spots.`} value={value.dos} onChange={(dos) => onChange({ dos })} />
      <NoteArea id="field-donts" label="Don't" hint={`${hint} For example: no heavy lifting for 48 hours.`} value={value.donts} onChange={(donts) => onChange({ donts })} />
      {kind !== undefined && needsPhysicianApproval(kind) && (
        <NoteArea
          id="field-physicianNote"
          label="Physician note"
          hint="This kind of session needs a physician's approval. The standard wording is filled in; add the physician's own instructions if you have them."
          value={value.physicianNote}
          maxLength={CARE_PLAN_LIMITS.physicianNoteChars}
          onChange={(physicianNote) => onChange({ physicianNote })}
        />
      )}
    </section>
  );
}
