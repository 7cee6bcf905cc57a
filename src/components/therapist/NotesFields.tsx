import { CARE_PLAN_LIMITS } from '../../domain/carePlan';
import { deskText } from '../../domain/i18n';
import { needsPhysicianApproval, type MassageKind } from '../../domain/session';
import { HintedTextArea } from '../ui/HintedTextArea';

export interface NotesValues {
  dos: string;
  donts: string;
  physicianNote: string;
}

/** Do and don't notes for the treatment period, and the physician note where the kind calls for one. */
export function NotesFields(props: { kind: MassageKind | undefined; value: NotesValues; onChange: (patch: Partial<NotesValues>) => void }) {
  const { kind, value, onChange } = props;
  const { maxItems, maxChars } = CARE_PLAN_LIMITS.notes;
  const t = deskText().notes;
  const hint = t.hint(maxItems, maxChars);
  return (
    <section class="therapist-section" aria-labelledby="notes-title">
      <h2 id="notes-title" tabIndex={-1}>{t.title}</h2>
      <HintedTextArea card rows={4} id="field-dos" label={t.do} hint={`${hint} ${t.doExample}`} value={value.dos} onChange={(dos) => onChange({ dos })} />
      <HintedTextArea card rows={4} id="field-donts" label={t.dont} hint={`${hint} ${t.dontExample}`} value={value.donts} onChange={(donts) => onChange({ donts })} />
      {kind !== undefined && needsPhysicianApproval(kind) && (
        <HintedTextArea
          card
          rows={4}
          id="field-physicianNote"
          label={t.physicianNote}
          hint={t.physicianHint}
          value={value.physicianNote}
          maxLength={CARE_PLAN_LIMITS.physicianNoteChars}
          onChange={(physicianNote) => onChange({ physicianNote })}
        />
      )}
    </section>
  );
}
