import { useState } from 'preact/hooks';
import { remindersText } from '../../domain/i18n';
import { REMINDER_SPACINGS, type ReminderSpacing } from '../../domain/settings';
import { activeCarePlan } from '../../state/carePlan/carePlanState';
import { todayState } from '../../state/hydration/dayState';
import { now, settings } from '../../state/hydration/hydrationSignals';
import { everydayRemindersOn } from '../../state/reminders/everydayReminders';
import { pauseRemindersForToday, resumeReminders, setReminderSpacing, setWaterReminders } from '../../state/reminders/reminderControls';
import { CheckChoice } from '../ui/CheckChoice';
import { EverydayRemindersField } from './EverydayRemindersField';
import { ExerciseTimesField } from './ExerciseTimesField';

/**
 * Pause for today, water reminders on or off (or, on a day without a session, for today), their
 * spacing, and the exercise times; each takes effect at once.
 */
export function ReminderControls() {
  const t = remindersText();
  const [failed, setFailed] = useState(false);
  const run = (action: () => Promise<void>) => void action().then(() => setFailed(false), () => setFailed(true));
  const current = settings.value;
  const paused = (current.remindersPausedUntil ?? 0) > now.value;
  const { current: plan, upcoming, today } = todayState.value;
  // A day without a session has no plan for the water switch to govern: the day's own ask instead.
  const noSession = !plan && !upcoming;
  const waterOn = noSession ? everydayRemindersOn(today) !== undefined : current.waterReminders !== false;
  const exercises = activeCarePlan.value?.plan.exercises ?? [];
  return (
    <div class="reminder-controls">
      {paused ? (
        <button type="button" class="button" onClick={() => run(resumeReminders)}>{t.resume}</button>
      ) : (
        <button type="button" class="button" onClick={() => run(() => pauseRemindersForToday())}>{t.pause}</button>
      )}
      {noSession ? <EverydayRemindersField run={run} /> : (
        <CheckChoice checked={waterOn} title={t.water} onChange={(on) => run(() => setWaterReminders(on))}
          desc={waterOn ? t.waterOn : t.waterOff} />
      )}
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
