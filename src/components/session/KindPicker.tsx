import { MASSAGE_KINDS, type MassageKind } from '../../domain/session';
import { sessionText } from '../../domain/i18n';
import { FieldError } from '../ui/FieldError';

export function KindPicker({ value, onChange, error }: { value: MassageKind | undefined; onChange: (k: MassageKind) => void; error: string | undefined }) {
  return (
    <fieldset class="field card" aria-describedby={error ? 'error-kind' : undefined}>
      <legend class="field__label">{sessionText().intake.kindQuestion}</legend>
      <FieldError id="error-kind" message={error} />
      <div class="choice-list">
        {MASSAGE_KINDS.map((kind, index) => (
          <label class="choice" key={kind.id}>
            <input
              type="radio"
              name="kind"
              id={index === 0 ? 'field-kind' : undefined}
              value={kind.id}
              checked={value === kind.id}
              onChange={() => onChange(kind.id)}
              aria-labelledby={`kind-title-${kind.id}`}
              aria-describedby={`kind-desc-${kind.id}`}
            />
            <span class="choice__text">
              <span class="choice__title" id={`kind-title-${kind.id}`}>{kind.label}</span>
              <span class="choice__desc" id={`kind-desc-${kind.id}`}>{kind.description}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
