import { useState } from 'preact/hooks';
import { exerciseReminderTimes, roundName } from '../../domain/exercises';
import { remindersText } from '../../domain/i18n';
import { settings } from '../../state/hydration/hydrationSignals';
import { setExerciseTimes } from '../../state/reminders/reminderControls';
import { FieldError } from '../ui/FieldError';

/** One time per round of the day's exercises; the app's suggestion until the client sets their own. */
export function ExerciseTimesField({ rounds, onError }: { rounds: number; onError: () => void }) {
  const t = remindersText();
  const own = settings.value.exerciseTimes;
  const suggested = exerciseReminderTimes(rounds, { ...settings.value, exerciseTimes: undefined });
  const shown = own && own.length >= rounds ? exerciseReminderTimes(rounds, settings.value) : suggested;
  const [error, setError] = useState<string>();
  function save(index: number, value: string) {
    const times = shown.map((time, i) => (i === index ? value : time));
    setError(undefined);
    void setExerciseTimes(times).catch((e: Error) => (e.message ? setError(e.message) : onError()));
  }
  return (
    <fieldset class="field" aria-describedby={error ? 'exercise-times-error' : undefined}>
      <legend class="field__label">{t.exerciseTimes}</legend>
      <div class="exercise-times__list">
        {shown.map((time, i) => (
          <div key={i}>
            <label for={`exercise-time-${i}`} class="muted">{roundName(i + 1, rounds) ?? t.at}</label>
            <input id={`exercise-time-${i}`} type="time" value={time} onChange={(e) => save(i, e.currentTarget.value)} />
          </div>
        ))}
      </div>
      {own && own.length > 0 && (
        <button type="button" class="button button--quiet" onClick={() => void setExerciseTimes([]).catch(onError)}>{t.suggestedTimes}</button>
      )}
      <FieldError id="exercise-times-error" message={error} />
    </fieldset>
  );
}
