import { useState } from 'preact/hooks';
import type { CheckInAnswer, CheckInFlags, CheckInScore, ScheduledCheckIn } from '../../domain/checkIns';
import { answerCheckIn } from '../../state/carePlan/carePlanActions';

const SCORE_LABELS: Record<CheckInScore, [string, string, string]> = {
  soreness: ['Soreness', 'none', 'worst imaginable'],
  pain: ['Pain', 'none', 'worst imaginable'],
  stiffness: ['Stiffness', 'none', 'very stiff'],
  sleep: ['Sleep', 'very poor', 'very good'],
};

const FLAG_LABELS: Record<keyof CheckInFlags, string> = { bruising: 'Bruising', numbness: 'Numbness or tingling', lightHeaded: 'Feeling light-headed or dizzy' };

/** One check-in's questions; `title` says what it is for at the moment it is shown (checkInHeading). */
export function CheckInForm({ checkIn, title, onSaved }: { checkIn: ScheduledCheckIn; title: string; onSaved: (answer: CheckInAnswer) => void }) {
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
      <p class="muted">0 to 10. Your answers go only into the summary you choose to send your therapist.</p>
      {checkIn.scores.map((score) => {
        const [label, low, high] = SCORE_LABELS[score];
        return (
          <div class="field score-field" key={score}>
            <label for={`score-${score}`} class="field__label">{label}: <span class="score-field__value">{scores[score]}</span></label>
            <input id={`score-${score}`} type="range" min="0" max="10" step="1" value={scores[score]} aria-valuetext={`${scores[score]} (0 ${low}, 10 ${high})`}
              onInput={(e) => setScores({ ...scores, [score]: e.currentTarget.valueAsNumber })} />
            <p class="muted">0 = {low}, 10 = {high}</p>
          </div>
        );
      })}
      {checkIn.asksFlags && (
        <fieldset class="field">
          <legend class="field__label">Since the session, have you noticed any of these?</legend>
          {(Object.keys(FLAG_LABELS) as (keyof CheckInFlags)[]).map((flag) => (
            <label class="choice" key={flag}>
              <input type="checkbox" checked={flags[flag]} onChange={(e) => setFlags({ ...flags, [flag]: e.currentTarget.checked })} />
              <span>{FLAG_LABELS[flag]}</span>
            </label>
          ))}
        </fieldset>
      )}
      {failed && <p class="error" role="alert">Not saved. Please try again.</p>}
      <button type="submit" class="button button--primary button--large">Save check-in</button>
    </form>
  );
}
