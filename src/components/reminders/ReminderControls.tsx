import { useState } from 'preact/hooks';
import { remindersText } from '../../domain/i18n';
import { REMINDER_SPACINGS, type ReminderSpacing } from '../../domain/settings';
import { activeCarePlan } from '../../state/carePlan/carePlanState';
import { now, settings } from '../../state/hydration/hydrationSignals';
import { pauseRemindersForToday, resumeReminders, setReminderSpacing, setWaterReminders } from '../../state/reminders/reminderControls';
import { ExerciseTimesField } from './ExerciseTimesField';

/** Pause for today, water reminders on or off, their spacing, and the exercise times; each takes effect at once. */
export function ReminderControls() {
  const t = remindersText();
  const [failed, setFailed] = useState(false);
  const run = (action: () => Promise<void>) => void action().then(() => setFailed(false), () => setFailed(true));
  const current = settings.value;
  const paused = (current.remindersPausedUntil ?? 0) > now.value;
  const waterOn = current.waterReminders !== false;
  const exercises = activeCarePlan.value?.plan.exercises ?? [];
  return (
    <div class="reminder-controls">
      {paused ? (
        <button type="button" class="button" onClick={() => run(resumeReminders)}>{t.resume}</button>
      ) : (
        <button type="button" class="button" onClick={() => run(() => pauseRemindersForToday())}>{t.pause}</button>
      )}
      <label class="choice">
        <input type="checkbox" checked={waterOn} onChange={(e) => run(() => setWaterReminders(e.currentTarget.checked))} />
        <span class="choice__text">
          <span class="choice__title">{t.water}</span>
          <span class="choice__desc">{waterOn ? t.waterOn : t.waterOff}</span>
        </span>
      </label>
      {waterOn && (
        <div class="field">
          <label for="reminder-spacing" class="field__label">{t.spacingLabel}</label>
          <select
            id="reminder-spacing"
            value={current.reminderSpacingMin ?? ''}
            onChange={(e) => run(() => setReminderSpacing(e.currentTarget.value === '' ? undefined : (Number(e.currentTarget.value) as ReminderSpacing)))}
          >
            <option value="">{t.spread}</option>
            {REMINDER_SPACINGS.map((m) => <option key={m} value={m}>{t.every(m)}</option>)}
          </select>
          <p class="muted">{t.spacingHint}</p>
        </div>
      )}
      {exercises.length > 0 && <ExerciseTimesField rounds={Math.max(...exercises.map((e) => e.timesPerDay))} onError={() => setFailed(true)} />}
      {failed && <p class="error" role="alert">{t.notSaved}</p>}
    </div>
  );
}
