import { BEVERAGES } from '../../domain/hydration';

/** What counts toward the goal and what doesn't, plus why water matters today. */
export function DrinksGuide() {
  const counting = BEVERAGES.filter((b) => b.counts);
  const notCounting = BEVERAGES.filter((b) => !b.counts);
  return (
    <div class="card drinks-guide">
      <h2>What to drink</h2>
      <div class="drinks-guide__columns">
        <div>
          <h3>Counts toward your goal</h3>
          <ul>{counting.map((b) => <li key={b.id}>{b.label}</li>)}</ul>
        </div>
        <div>
          <h3>Doesn't count today</h3>
          <ul>{notCounting.map((b) => <li key={b.id}>{b.label}</li>)}</ul>
          <p class="muted">Nothing sugary, no alcohol, no coffee. You can still log them.</p>
        </div>
      </div>
      <h3>Why water matters today</h3>
      <p>
        Therapists link skipping water after a massage — above all after deep work — with fatigue, achiness and cramping later
        the same day. If you feel unwell, contact your therapist or your doctor.
      </p>
    </div>
  );
}
