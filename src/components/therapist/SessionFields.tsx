import { CARE_PLAN_LIMITS } from '../../domain/carePlan';
import { deskText, type Locale, LOCALE_NAMES, LOCALES } from '../../domain/i18n';
import type { MassageKind, Pressure } from '../../domain/session';
import { settings } from '../../state/hydration/hydrationSignals';
import { GlassStepper } from '../hydration/GlassStepper';
import { KindPicker } from '../session/KindPicker';
import { PressurePicker } from '../session/PressurePicker';
import { SessionEndField } from '../session/SessionEndField';

export interface SessionValues {
  clientName: string;
  clientLanguage: Locale;
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
  const t = deskText().session;
  return (
    <section class="therapist-section" aria-labelledby="session-title">
      <h2 id="session-title" tabIndex={-1}>{t.title}</h2>
      <div class="field card">
        <label for="field-clientName" class="field__label">{t.clientName}</label>
        <p class="muted" id="field-clientName-hint">{t.clientNameHint}</p>
        <input id="field-clientName" type="text" autocomplete="off" maxLength={CARE_PLAN_LIMITS.clientNameChars} value={value.clientName}
          aria-describedby="field-clientName-hint" onInput={(e) => onChange({ clientName: e.currentTarget.value })} />
        <label for="field-clientLanguage" class="field__label field__label--spaced">{t.clientLanguage}</label>
        <p class="muted" id="field-clientLanguage-hint">{t.clientLanguageHint}</p>
        {/* Each language by its own name, and marked as such, so a screen reader says it right. */}
        <select id="field-clientLanguage" value={value.clientLanguage} aria-describedby="field-clientLanguage-hint"
          onChange={(e) => onChange({ clientLanguage: e.currentTarget.value as Locale })}>
          {LOCALES.map((locale) => <option key={locale} value={locale} lang={locale}>{LOCALE_NAMES[locale]}</option>)}
        </select>
      </div>
      <p class="muted">{t.waterQuestion}</p>
      <KindPicker value={value.kind} onChange={(kind) => onChange({ kind })} error={undefined} />
      <PressurePicker value={value.pressure} onChange={(pressure) => onChange({ pressure })} error={undefined} />
      <GlassStepper
        value={value.usualGlassesPerDay}
        onChange={(usualGlassesPerDay) => onChange({ usualGlassesPerDay })}
        glassMl={settings.value.glassMl}
        unit={settings.value.unit}
        error={undefined}
      />
      <SessionEndField value={value.endedAt} onChange={(endedAt) => onChange({ endedAt })} />
    </section>
  );
}
