import { useState } from 'preact/hooks';
import { CHECK_IN_FLAGS, type CheckInAnswer, type CheckInFlags, type CheckInScore, type ScheduledCheckIn } from '../../domain/checkIns';
import { checkInsText } from '../../domain/i18n';
import { answerCheckIn } from '../../state/carePlan/carePlanActions';

/** One check-in's questions; `title` says what it is for at the moment it is shown (checkInHeading). */
export function CheckInForm({ checkIn, title, onSaved }: { checkIn: ScheduledCheckIn; title: string; onSaved: (answer: CheckInAnswer) => void }) {
  const t = checkInsText();
  const [scores, setScores] = useState<Partial<Record<CheckInScore, number>>>(Object.fromEntries(checkIn.scores.map((s) => [s, s === 'sleep' ? 7 : 0])));
  const [flags, setFlags] = useState<CheckInFlags>({ bruising: false, numbness: false, lightHeaded: false });
  const [failed, setFailed] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const answer: CheckInAnswer = { checkInId: checkIn.id, kind: checkIn.kind, answeredAt: Date.now(), scores, ...(checkIn.asksFlags ? { flags } : {}) };
    try {
      await answerCheckIn(answer);
      onSaved(answer);
    } catch {
      setFailed(true);
    }
  }

  return (
    <form class="card" onSubmit={submit} aria-labelledby="checkin-form-title">
      <h2 id="checkin-form-title">{title}</h2>
      <p class="muted">{t.intro}</p>
      {checkIn.scores.map((score) => {
        const { name, low, high } = t.scores[score];
        return (
          <div class="field score-field" key={score}>
            <label for={`score-${score}`} class="field__label">{name}: <span class="score-field__value">{scores[score]}</span></label>
            <input id={`score-${score}`} type="range" min="0" max="10" step="1" value={scores[score]} aria-valuetext={t.valueText(scores[score] ?? 0, low, high)}
              onInput={(e) => setScores({ ...scores, [score]: e.currentTarget.valueAsNumber })} />
            <p class="muted">{t.ends(low, high)}</p>
          </div>
        );
      })}
      {checkIn.asksFlags && (
        <fieldset class="field">
          <legend class="field__label">{t.flagsQuestion}</legend>
          {CHECK_IN_FLAGS.map((flag) => (
            <label class="choice" key={flag}>
              <input type="checkbox" checked={flags[flag]} onChange={(e) => setFlags({ ...flags, [flag]: e.currentTarget.checked })} />
              <span>{t.flags[flag]}</span>
            </label>
          ))}
        </fieldset>
      )}
      {failed && <p class="error" role="alert">{t.notSaved}</p>}
      <button type="submit" class="button button--primary button--large">{t.save}</button>
    </form>
  );
}
