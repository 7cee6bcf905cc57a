import { CARE_PLAN_LIMITS } from '../../domain/carePlan';

export interface TherapistValues {
  therapistName: string;
  practice: string;
}

/** Who the plan is from; the client sees it on every screen of the plan. */
export function TherapistFields({ value, onChange }: { value: TherapistValues; onChange: (patch: Partial<TherapistValues>) => void }) {
  return (
    <section class="therapist-section" aria-labelledby="from-title">
      <h2 id="from-title">From you</h2>
      <div class="field card">
        <label for="field-therapistName" class="field__label">Your name</label>
        <input
          id="field-therapistName"
          type="text"
          autocomplete="name"
          aria-required="true"
          maxLength={CARE_PLAN_LIMITS.nameChars}
          value={value.therapistName}
          onInput={(e) => onChange({ therapistName: e.currentTarget.value })}
        />
        <label for="field-practice" class="field__label field__label--spaced">Practice (optional)</label>
        <input
          id="field-practice"
          type="text"
          autocomplete="organization"
          maxLength={CARE_PLAN_LIMITS.nameChars}
          value={value.practice}
          onInput={(e) => onChange({ practice: e.currentTarget.value })}
        />
      </div>
    </section>
  );
}
