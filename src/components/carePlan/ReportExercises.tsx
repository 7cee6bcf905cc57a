import type { ProgressReport } from '../../domain/report';
import { formatIsoDate } from '../../domain/time';

const percent = (done: number, expected: number) => (expected > 0 ? `${Math.round((done / expected) * 100)}%` : '–');

/** Adherence to the home exercises: per plan week, then per exercise. */
export function ReportExercises({ report }: { report: ProgressReport }) {
  const exercises = report.exercises.filter((e) => e.setsExpected > 0);
  return (
    <>
      <div class="card">
        <h2>Home exercises</h2>
        <p class="muted">Week 1 starts on the session day, {formatIsoDate(report.from, 'short')}.</p>
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Sets done per week">
          <table>
            <thead><tr><th scope="col">Week</th><th scope="col">Sets done</th><th scope="col">Share</th></tr></thead>
            <tbody>
              {report.weeks.map((w) => (
                <tr key={w.week}>
                  <th scope="row">Week {w.week}</th>
                  <td>{w.setsDone} of {w.setsExpected}</td><td>{percent(w.setsDone, w.setsExpected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {exercises.length > 0 && (
        <div class="card">
          <h2>Each exercise</h2>
          <ul class="report-bars">
            {exercises.map((e) => (
              <li key={e.name}>
                <span class="report-bars__name">{e.name}</span>
                <span class="report-bars__figure">{e.setsDone} of {e.setsExpected} sets · {percent(e.setsDone, e.setsExpected)}</span>
                <span class="report-bars__track" aria-hidden="true"><span class={`report-bars__fill report-bars__fill--${Math.round((10 * e.setsDone) / e.setsExpected)}`} /></span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
