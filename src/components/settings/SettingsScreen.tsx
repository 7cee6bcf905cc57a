import { useEffect, useState } from 'preact/hooks';
import { validateSettings, type FieldErrors, type Settings } from '../../domain/settings';
import { settings } from '../../state/hydration/hydrationSignals';
import { saveSettings } from '../../state/settings/settingsActions';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { FieldError } from '../ui/FieldError';
import { settingsText } from '../../domain/i18n';
import { QuietHoursField } from './QuietHoursField';

type Errors = FieldErrors<keyof Settings>;

/** Wake time, bedtime, glass size, units and the daily threshold. */
export function SettingsScreen() {
  const t = settingsText();
  const [draft, setDraft] = useState<Settings>(settings.value);
  // The settings last refused: their messages are worked out on every render, so a switch of
  // language rewrites them too.
  const [refused, setRefused] = useState<Settings | null>(null);
  const errors: Errors = refused ? validateSettings(refused) : {};
  // What the status line says, by kind, so it follows a switch of language.
  const [status, setStatus] = useState<'saved' | 'notSaved' | null>(null);
  useEffect(() => setDraft(settings.value), [settings.value]);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setDraft({ ...draft, [key]: value });

  async function submit(event: Event) {
    event.preventDefault();
    setStatus(null);
    try {
      const found = (await saveSettings(draft)) ?? {};
      setRefused(Object.keys(found).length > 0 ? draft : null);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`setting-${first}`)?.focus();
      else setStatus('saved');
    } catch {
      setStatus('notSaved');
    }
  }

  const field = (key: keyof Settings, label: string, input: preact.JSX.Element, hint?: string) => (
    <div class="field">
      <label for={`setting-${key}`} class="field__label">{label}</label>
      {hint && <p class="muted" id={`hint-${key}`}>{hint}</p>}
      {input}
      <FieldError id={`error-${key}`} message={errors[key]} />
    </div>
  );
  const described = (key: keyof Settings) => ({
    id: `setting-${key}`,
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `error-${key}` : undefined,
  });

  return (
    <>
    <form onSubmit={submit} noValidate aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>{t.title}</h1>
      <div class="card">
        <h2>{t.yourDay}</h2>
        {field('wakeTime', t.wakeTime, <input type="time" {...described('wakeTime')} value={draft.wakeTime} onInput={(e) => set('wakeTime', e.currentTarget.value)} />)}
        {field('bedtime', t.bedtime, <input type="time" {...described('bedtime')} value={draft.bedtime} onInput={(e) => set('bedtime', e.currentTarget.value)} />, t.bedtimeHint)}
        <QuietHoursField value={draft.quietHours} onChange={(q) => set('quietHours', q)} error={errors.quietHours} />
      </div>
      <div class="card">
        <h2>{t.glassesAndUnits}</h2>
        {field('glassMl', t.glassSize, <input type="number" inputMode="numeric" min="50" max="1000" {...described('glassMl')} value={Number.isFinite(draft.glassMl) ? draft.glassMl : ''} onInput={(e) => set('glassMl', e.currentTarget.valueAsNumber)} />, t.glassSizeHint)}
        {field('unit', t.unit, (
          <select {...described('unit')} value={draft.unit} onChange={(e) => set('unit', e.currentTarget.value as Settings['unit'])}>
            <option value="glass">{t.units.glass}</option>
            <option value="ml">{t.units.ml}</option>
            <option value="floz">{t.units.floz}</option>
          </select>
        ))}
        {field('goodDailyGlasses', t.goodDaily, <input type="number" inputMode="numeric" min="1" max="30" {...described('goodDailyGlasses')} value={Number.isFinite(draft.goodDailyGlasses) ? draft.goodDailyGlasses : ''} onInput={(e) => set('goodDailyGlasses', e.currentTarget.valueAsNumber)} />, t.goodDailyHint)}
      </div>
      <button type="submit" class="button button--primary button--large">{t.save}</button>
      <p role="status" aria-live="polite">{status && t[status]}</p>
    </form>
    <LanguageSection />
    <DataSection />
    </>
  );
}
