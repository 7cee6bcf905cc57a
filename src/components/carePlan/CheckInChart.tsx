import { CHECK_IN_SCORES, type CheckInScore } from '../../domain/checkIns';
import { checkInsText } from '../../domain/i18n';
import { MeasureChart } from './MeasureChart';

/** One check-in's answers; `at` (epoch ms) places it on a dated axis, otherwise points are evenly spaced. */
export interface ChartPoint { label: string; at?: number; scores: Partial<Record<CheckInScore, number>> }

/** Where each point sits across the chart, 0..1: by its date when all have one. */
function positions(points: ChartPoint[]): number[] {
  const times = points.map((p) => p.at);
  if (times.every((t): t is number => t !== undefined)) {
    const [first, last] = [Math.min(...times), Math.max(...times)];
    return times.map((t) => (last === first ? 0.5 : (t - first) / (last - first)));
  }
  return points.map((_, i) => (points.length === 1 ? 0.5 : i / (points.length - 1)));
}

/** Check-in scores over time: a small chart per measure for the eye, and the same figures as a table for everyone. */
export function CheckInChart({ points }: { points: ChartPoint[] }) {
  const t = checkInsText();
  if (points.length === 0) return <p class="muted">{t.noneAnswered}</p>;
  const used = CHECK_IN_SCORES.filter((score) => points.some((p) => p.scores[score] !== undefined));
  const xs = positions(points);
  return (
    <div>
      <div class="measure-charts">
        {used.map((score) => {
          const answered = points.flatMap((p, i) => (p.scores[score] === undefined ? [] : [{ x: xs[i]!, value: p.scores[score]!, label: p.label }]));
          return (
            <MeasureChart key={score} score={score} name={t.scores[score].name} points={answered}
              firstLabel={answered[0]!.label} lastLabel={answered[answered.length - 1]!.label} />
          );
        })}
      </div>
      <figure class="check-in-table">
        <figcaption class="muted">{t.everyAnswer}</figcaption>
        {/* Five columns overflow a phone screen: the table scrolls in its own box, which keyboards can focus. */}
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t.scoresRegion}>
          <table>
            <caption class="visually-hidden">{t.scoresCaption}</caption>
            <thead><tr><th scope="col">{t.checkInColumn}</th>{used.map((score) => <th scope="col" key={score}>{t.scores[score].column}</th>)}</tr></thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={i}><th scope="row">{p.label}</th>{used.map((score) => <td key={score}>{p.scores[score] ?? '–'}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    </div>
  );
}
