import '../ui/forms.css';
import type { Settings } from '../../domain/settings';
import { FieldError } from '../ui/FieldError';
import { settingsText } from '../../domain/i18n';

type Quiet = Settings['quietHours'];

/** Optional daytime quiet hours (a nap, a meeting) with no reminders. One period keeps the form simple. */
export function QuietHoursField({ value, onChange, error }: { value: Quiet; onChange: (q: Quiet) => void; error: string | undefined }) {
  const t = settingsText();
  const period = value[0];
  return (
    <fieldset class="field" aria-describedby={error ? 'error-quietHours' : undefined}>
      <legend class="field__label">{t.quietLegend}</legend>
      <label class="choice">
        <input
          type="checkbox"
          id="setting-quietHours"
          checked={!!period}
          onChange={(e) => onChange(e.currentTarget.checked ? [{ start: '13:00', end: '14:00' }] : [])}
        />
        <span>{t.quietToggle}</span>
      </label>
      {period && (
        <div class="amount-fields">
          <div>
            <label for="quiet-start" class="field__label">{t.quietFrom}</label>
            <input id="quiet-start" type="time" value={period.start} onInput={(e) => onChange([{ ...period, start: e.currentTarget.value }])} />
          </div>
          <div>
            <label for="quiet-end" class="field__label">{t.quietUntil}</label>
            <input id="quiet-end" type="time" value={period.end} onInput={(e) => onChange([{ ...period, end: e.currentTarget.value }])} />
          </div>
        </div>
      )}
      <FieldError id="error-quietHours" message={error} />
    </fieldset>
  );
}
