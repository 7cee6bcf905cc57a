import { reportText } from '../../domain/i18n';
import { percentOf, type ProgressReport } from '../../domain/report';
import { formatIsoDate } from '../../domain/time';

const percent = (done: number, expected: number) => (expected > 0 ? percentOf(done, expected) : '–');

/** Adherence to the home exercises: per plan week, then per exercise. */
export function ReportExercises({ report }: { report: ProgressReport }) {
  const t = reportText().view;
  const exercises = report.exercises.filter((e) => e.setsExpected > 0);
  return (
    <>
      <div class="card">
        <h2>{t.exercises}</h2>
        <p class="muted">{t.weekOneStarts(formatIsoDate(report.from, 'short'))}</p>
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t.perWeek}>
          <table>
            <thead><tr><th scope="col">{t.week}</th><th scope="col">{t.setsDone}</th><th scope="col">{t.share}</th></tr></thead>
            <tbody>
              {report.weeks.map((w) => (
                <tr key={w.week}>
                  <th scope="row">{t.weekNumber(w.week)}</th>
                  <td>{t.doneOf(w.setsDone, w.setsExpected)}</td><td>{percent(w.setsDone, w.setsExpected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {exercises.length > 0 && (
        <div class="card">
          <h2>{t.eachExercise}</h2>
          <ul class="report-bars">
            {exercises.map((e) => (
              <li key={e.name}>
                {/* The client sent these names in their language: not for a translator to touch. */}
                <span class="report-bars__name" translate={false}>{e.name}</span>
                <span class="report-bars__figure">{t.exerciseFigure(e.setsDone, e.setsExpected, percent(e.setsDone, e.setsExpected))}</span>
                <span class="report-bars__track" aria-hidden="true"><span class={`report-bars__fill report-bars__fill--${Math.round((10 * e.setsDone) / e.setsExpected)}`} /></span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
