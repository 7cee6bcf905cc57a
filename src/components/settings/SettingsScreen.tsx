import { useEffect, useState } from 'preact/hooks';
import type { FieldErrors, Settings } from '../../domain/settings';
import { settings } from '../../state/hydration/hydrationSignals';
import { saveSettings } from '../../state/settings/settingsActions';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { FieldError } from '../ui/FieldError';
import { QuietHoursField } from './QuietHoursField';

type Errors = FieldErrors<keyof Settings>;

/** Wake time, bedtime, glass size, units and the daily threshold. */
export function SettingsScreen() {
  const [draft, setDraft] = useState<Settings>(settings.value);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  useEffect(() => setDraft(settings.value), [settings.value]);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setDraft({ ...draft, [key]: value });

  async function submit(event: Event) {
    event.preventDefault();
    setStatus('');
    try {
      const found = (await saveSettings(draft)) ?? {};
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`setting-${first}`)?.focus();
      else setStatus('Settings saved. New plans use them; plans already made keep their times.');
    } catch {
      setStatus('Settings were not saved. Please try again.');
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
      <h1 id="settings-title" tabIndex={-1}>Settings</h1>
      <div class="card">
        <h2>Your day</h2>
        {field('wakeTime', 'Wake time', <input type="time" {...described('wakeTime')} value={draft.wakeTime} onInput={(e) => set('wakeTime', e.currentTarget.value)} />)}
        {field('bedtime', 'Bedtime', <input type="time" {...described('bedtime')} value={draft.bedtime} onInput={(e) => set('bedtime', e.currentTarget.value)} />, 'No reminders between bedtime and wake time.')}
        <QuietHoursField value={draft.quietHours} onChange={(q) => set('quietHours', q)} error={errors.quietHours} />
      </div>
      <div class="card">
        <h2>Glasses and units</h2>
        {field('glassMl', 'Glass size (ml)', <input type="number" inputMode="numeric" min="50" max="1000" {...described('glassMl')} value={Number.isFinite(draft.glassMl) ? draft.glassMl : ''} onInput={(e) => set('glassMl', e.currentTarget.valueAsNumber)} />, 'A standard glass is 250 ml (about 8 fl oz).')}
        {field('unit', 'Show amounts in', (
          <select {...described('unit')} value={draft.unit} onChange={(e) => set('unit', e.currentTarget.value as Settings['unit'])}>
            <option value="glass">Glasses</option>
            <option value="ml">Millilitres (ml)</option>
            <option value="floz">Fluid ounces (fl oz)</option>
          </select>
        ))}
        {field('goodDailyGlasses', 'A good daily amount (glasses)', <input type="number" inputMode="numeric" min="1" max="30" {...described('goodDailyGlasses')} value={Number.isFinite(draft.goodDailyGlasses) ? draft.goodDailyGlasses : ''} onInput={(e) => set('goodDailyGlasses', e.currentTarget.valueAsNumber)} />, 'If you usually drink at least this much, 2–3 extra glasses are enough after a session.')}
      </div>
      <button type="submit" class="button button--primary button--large">Save settings</button>
      <p role="status" aria-live="polite">{status}</p>
    </form>
    <LanguageSection />
    <DataSection />
    </>
  );
}
