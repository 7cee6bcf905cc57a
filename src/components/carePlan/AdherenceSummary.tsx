import type { Adherence } from '../../domain/exercises';

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** Sets done against sets due, per plan week and per day. */
export function AdherenceSummary({ figures }: { figures: Adherence }) {
  if (figures.days.length === 0) return null;
  return (
    <section class="card" aria-labelledby="adherence-title">
      <h2 id="adherence-title">How it’s going</h2>
      <p>Overall: {figures.overall.setsDone} of {figures.overall.setsExpected} sets ({percent(figures.overall.fraction)}).</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">Sets done per plan week</caption>
          <thead><tr><th scope="col">Week</th><th scope="col">Sets done</th><th scope="col">Share</th></tr></thead>
          <tbody>
            {figures.weeks.map((w) => (
              <tr key={w.week}><th scope="row">Week {w.week}</th><td>{w.setsDone} of {w.setsExpected}</td><td>{percent(w.fraction)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>Per day</summary>
        <ul>{figures.days.map((d) => <li key={d.date}>{d.date}: {d.setsDone} of {d.setsExpected} sets</li>)}</ul>
      </details>
    </section>
  );
}
