import { intlLocale, carePlanText } from '../../domain/i18n';
import type { Adherence } from '../../domain/exercises';
import { formatIsoDate } from '../../domain/time';

/** Sets done against sets due, per plan week and per day. */
export function AdherenceSummary({ figures }: { figures: Adherence }) {
  if (figures.days.length === 0) return null;
  const t = carePlanText().adherence;
  const percent = new Intl.NumberFormat(intlLocale(), { style: 'percent' }).format;
  return (
    <section class="card" aria-labelledby="adherence-title">
      <h2 id="adherence-title">{t.title}</h2>
      <p>{t.overall(figures.overall.setsDone, figures.overall.setsExpected, percent(figures.overall.fraction))}</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{t.caption}</caption>
          <thead><tr><th scope="col">{t.week}</th><th scope="col">{t.setsDone}</th><th scope="col">{t.share}</th></tr></thead>
          <tbody>
            {figures.weeks.map((w) => (
              <tr key={w.week}><th scope="row">{t.weekNumber(w.week)}</th><td>{t.doneOf(w.setsDone, w.setsExpected)}</td><td>{percent(w.fraction)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>{t.perDay}</summary>
        <ul>{figures.days.map((d) => <li key={d.date}>{t.day(formatIsoDate(d.date, 'short'), d.setsDone, d.setsExpected)}</li>)}</ul>
      </details>
    </section>
  );
}
