import { BEVERAGES } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';

/** What counts toward the goal and what doesn't, plus why water matters today. */
export function DrinksGuide() {
  const t = waterText().guide;
  const counting = BEVERAGES.filter((b) => b.counts);
  const notCounting = BEVERAGES.filter((b) => !b.counts);
  return (
    <div class="card drinks-guide">
      <h2>{t.title}</h2>
      <div class="drinks-guide__columns">
        <div>
          <h3>{t.counts}</h3>
          <ul>{counting.map((b) => <li key={b.id}>{b.label}</li>)}</ul>
        </div>
        <div>
          <h3>{t.notCounting}</h3>
          <ul>{notCounting.map((b) => <li key={b.id}>{b.label}</li>)}</ul>
          <p class="muted">{t.notCountingNote}</p>
        </div>
      </div>
      <h3>{t.whyTitle}</h3>
      <p>{t.why}</p>
    </div>
  );
}
