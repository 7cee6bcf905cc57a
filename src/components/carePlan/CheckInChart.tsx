import type { CheckInScore } from '../../domain/checkIns';
import { MeasureChart } from './MeasureChart';

/** One check-in's answers; `at` (epoch ms) places it on a dated axis, otherwise points are evenly spaced. */
export interface ChartPoint { label: string; at?: number; scores: Partial<Record<CheckInScore, number>> }

const MEASURES: Array<{ score: CheckInScore; name: string; column: string }> = [
  { score: 'soreness', name: 'Soreness', column: 'Soreness' },
  { score: 'pain', name: 'Pain', column: 'Pain' },
  { score: 'stiffness', name: 'Stiffness', column: 'Stiffness' },
  { score: 'sleep', name: 'Sleep', column: 'Sleep (10 = very good)' },
];

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
  if (points.length === 0) return <p class="muted">No check-ins answered yet.</p>;
  const used = MEASURES.filter((m) => points.some((p) => p.scores[m.score] !== undefined));
  const xs = positions(points);
  return (
    <div>
      <div class="measure-charts">
        {used.map((m) => {
          const answered = points.flatMap((p, i) => (p.scores[m.score] === undefined ? [] : [{ x: xs[i]!, value: p.scores[m.score]!, label: p.label }]));
          return (
            <MeasureChart key={m.score} score={m.score} name={m.name} points={answered}
              firstLabel={answered[0]!.label} lastLabel={answered[answered.length - 1]!.label} />
          );
        })}
      </div>
      <figure class="check-in-table">
        <figcaption class="muted">Every answer, 0 to 10:</figcaption>
        {/* Five columns overflow a phone screen: the table scrolls in its own box, which keyboards can focus. */}
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Check-in scores">
          <table>
            <caption class="visually-hidden">Check-in scores, 0 to 10</caption>
            <thead><tr><th scope="col">Check-in</th>{used.map((m) => <th scope="col" key={m.score}>{m.column}</th>)}</tr></thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={i}><th scope="row">{p.label}</th>{used.map((m) => <td key={m.score}>{p.scores[m.score] ?? '–'}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    </div>
  );
}
