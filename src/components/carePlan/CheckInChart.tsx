import type { CheckInScore } from '../../domain/checkIns';

export interface ChartPoint { label: string; scores: Partial<Record<CheckInScore, number>> }

const SERIES: Array<{ score: CheckInScore; name: string; color: string; dash?: string }> = [
  { score: 'soreness', name: 'Soreness', color: 'var(--danger)' },
  { score: 'pain', name: 'Pain', color: 'var(--focus)', dash: '6 4' },
  { score: 'stiffness', name: 'Stiffness', color: 'var(--primary)', dash: '2 4' },
  { score: 'sleep', name: 'Sleep (10 = very good)', color: 'var(--accent)', dash: '10 3 2 3' },
];

const W = 320;
const H = 160;
const PAD = 24;

/** Check-in scores over time: an inline SVG for the eye, and the same figures as a table for everyone. */
export function CheckInChart({ points }: { points: ChartPoint[] }) {
  if (points.length === 0) return <p class="muted">No check-ins answered yet.</p>;
  const x = (i: number) => PAD + (points.length === 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => H - PAD - (v / 10) * (H - 2 * PAD);
  const used = SERIES.filter((s) => points.some((p) => p.scores[s.score] !== undefined));
  return (
    <figure>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        <line class="chart__axis" x1={PAD} y1={y(0)} x2={W - PAD} y2={y(0)} />
        <line class="chart__axis" x1={PAD} y1={y(10)} x2={W - PAD} y2={y(10)} />
        <text class="chart__label" x="2" y={y(0) + 3}>0</text>
        <text class="chart__label" x="2" y={y(10) + 3}>10</text>
        {used.map((s) => {
          const vertices = points.flatMap((p, i): [number, number][] => (p.scores[s.score] === undefined ? [] : [[x(i), y(p.scores[s.score]!)]]));
          // A line through one point draws nothing, so every score also gets a dot.
          return (
            <g key={s.score}>
              <polyline class="chart__line" points={vertices.map(([vx, vy]) => `${vx},${vy}`).join(' ')} stroke={s.color} stroke-dasharray={s.dash} />
              {vertices.map(([vx, vy], i) => <circle key={i} cx={vx} cy={vy} r="3.5" fill={s.color} />)}
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">Lines: {used.map((s) => s.name).join(', ')}. The table below holds the same figures.</figcaption>
      {/* Five columns overflow a phone screen; a focusable region lets keyboards scroll it. */}
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Check-in scores">
        <table>
          <caption class="visually-hidden">Check-in scores, 0 to 10</caption>
          <thead><tr><th scope="col">Check-in</th>{used.map((s) => <th scope="col" key={s.score}>{s.name}</th>)}</tr></thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i}><th scope="row">{p.label}</th>{used.map((s) => <td key={s.score}>{p.scores[s.score] ?? '–'}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
