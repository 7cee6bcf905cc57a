import { CARE_PLAN_LIMITS } from '../../domain/carePlan';
import { deskText } from '../../domain/i18n';

export interface TherapistValues {
  therapistName: string;
  practice: string;
  contact: string;
}

/** Who the plan is from; the client sees it on every screen of the plan. Remembered on this device for the next client. */
export function TherapistFields({ value, onChange }: { value: TherapistValues; onChange: (patch: Partial<TherapistValues>) => void }) {
  const t = deskText().about;
  return (
    <section class="therapist-section" aria-labelledby="from-title">
      <h2 id="from-title" tabIndex={-1}>{t.title}</h2>
      <p class="muted">{t.remembered}</p>
      <div class="field card">
        <label for="field-therapistName" class="field__label">{t.name}</label>
        <input
          id="field-therapistName"
          type="text"
          autocomplete="name"
          aria-required="true"
          maxLength={CARE_PLAN_LIMITS.nameChars}
          value={value.therapistName}
          onInput={(e) => onChange({ therapistName: e.currentTarget.value })}
        />
        <label for="field-practice" class="field__label field__label--spaced">{t.practice}</label>
        <input
          id="field-practice"
          type="text"
          autocomplete="organization"
          maxLength={CARE_PLAN_LIMITS.nameChars}
          value={value.practice}
          onInput={(e) => onChange({ practice: e.currentTarget.value })}
        />
        <label for="field-contact" class="field__label field__label--spaced">{t.contact}</label>
        <p class="muted" id="field-contact-hint">{t.contactHint}</p>
        <input
          id="field-contact"
          type="text"
          autocomplete="tel"
          maxLength={CARE_PLAN_LIMITS.nameChars}
          value={value.contact}
          aria-describedby="field-contact-hint"
          onInput={(e) => onChange({ contact: e.currentTarget.value })}
        />
      </div>
    </section>
  );
}
