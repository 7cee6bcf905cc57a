import { CARE_PLAN_LIMITS } from '../../domain/carePlan';
import type { MassageKind, Pressure } from '../../domain/session';
import { settings } from '../../state/hydration/hydrationSignals';
import { toDateTimeLocal } from '../ui/dateTimeLocal';
import { GlassStepper } from '../hydration/GlassStepper';
import { KindPicker } from '../session/KindPicker';
import { PressurePicker } from '../session/PressurePicker';

export interface SessionValues {
  clientName: string;
  kind: MassageKind | undefined;
  pressure: Pressure;
  usualGlassesPerDay: number;
  endedAt: string;
}

/**
 * The intake form's four questions, reused as is. Their errors are not shown beside them here:
 * the plan's validator speaks in one list at the top of the form (see TherapistScreen).
 */
export function SessionFields({ value, onChange }: { value: SessionValues; onChange: (patch: Partial<SessionValues>) => void }) {
  return (
    <section class="therapist-section" aria-labelledby="session-title">
      <h2 id="session-title" tabIndex={-1}>The session</h2>
      <div class="field card">
        <label for="field-clientName" class="field__label">Your client’s first name (optional)</label>
        <p class="muted" id="field-clientName-hint">On their plan, the printed page and the progress they send you. It travels only inside the link, never to a server.</p>
        <input id="field-clientName" type="text" autocomplete="off" maxLength={CARE_PLAN_LIMITS.clientNameChars} value={value.clientName}
          aria-describedby="field-clientName-hint" onInput={(e) => onChange({ clientName: e.currentTarget.value })} />
      </div>
      <p class="muted">The water question is your client's to answer: ask them.</p>
      <KindPicker value={value.kind} onChange={(kind) => onChange({ kind })} error={undefined} />
      <PressurePicker value={value.pressure} onChange={(pressure) => onChange({ pressure })} error={undefined} />
      <GlassStepper
        value={value.usualGlassesPerDay}
        onChange={(usualGlassesPerDay) => onChange({ usualGlassesPerDay })}
        glassMl={settings.value.glassMl}
        unit={settings.value.unit}
        error={undefined}
      />
      <div class="field card">
        <label for="field-endedAt" class="field__label">When did the session end?</label>
        <input
          id="field-endedAt"
          type="datetime-local"
          value={value.endedAt}
          max={toDateTimeLocal(Date.now())}
          onInput={(e) => onChange({ endedAt: e.currentTarget.value })}
        />
      </div>
    </section>
  );
}
