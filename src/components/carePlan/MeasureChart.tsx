import { BETTER_WHEN, scoreTrend, type CheckInScore } from '../../domain/checkIns';
import { checkInsText } from '../../domain/i18n';

export interface MeasurePoint { x: number; value: number }

/** Drawing units; the SVG scales to its box, so at a phone's width one unit is about one pixel. */
export const CHART = { width: 260, height: 124, left: 24, right: 12, top: 10, bottom: 30 } as const;
const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;

/** Score 0–10 to the drawing's y: 10 at the top. */
export const yOf = (value: number) => CHART.top + ((10 - value) / 10) * PLOT_HEIGHT;

/**
 * One measure over time, small: its scale (0, 5, 10), the first and last dates under the axis,
 * which way is better, and how it moved. The figures are in the table beside it for screen readers.
 * `points` have x in 0..1 across the dated span.
 */
export function MeasureChart(props: { score: CheckInScore; name: string; points: MeasurePoint[]; firstLabel: string; lastLabel: string }) {
  const { score, name, points, firstLabel, lastLabel } = props;
  const t = checkInsText();
  const x = (fraction: number) => CHART.left + fraction * (CHART.width - CHART.left - CHART.right);
  const trend = scoreTrend(score, points.map((p) => p.value));
  const baseline = CHART.height - CHART.bottom;
  return (
    <figure class="measure-chart">
      <figcaption>
        <strong>{name}</strong>{' '}
        <span class="measure-chart__scale">{t.scale(BETTER_WHEN[score])}</span>
        {trend && trend.verdict !== 'one' && (
          <span class={`measure-chart__trend measure-chart__trend--${trend.verdict}`}>{t.trend(trend.first, trend.last, trend.verdict)}</span>
        )}
      </figcaption>
      <svg class="chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} aria-hidden="true" focusable="false">
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line class="chart__grid" x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(v)} y2={yOf(v)} />
            <text class="chart__label" x={CHART.left - 5} y={yOf(v) + 4} text-anchor="end">{v}</text>
          </g>
        ))}
        {points.map((p, i) => <line key={i} class="chart__tick" x1={x(p.x)} x2={x(p.x)} y1={baseline} y2={baseline + 4} />)}
        {/* One day's answers: its date under them. Several days: the first and last dates at the ends. */}
        {lastLabel === firstLabel ? (
          <text class="chart__label" x={x(points[0]?.x ?? 0.5)} y={CHART.height - 8} text-anchor="middle">{firstLabel}</text>
        ) : (
          <>
            <text class="chart__label" x={CHART.left} y={CHART.height - 8} text-anchor="start">{firstLabel}</text>
            <text class="chart__label" x={CHART.width - CHART.right} y={CHART.height - 8} text-anchor="end">{lastLabel}</text>
          </>
        )}
        <polyline class="chart__line" points={points.map((p) => `${x(p.x)},${yOf(p.value)}`).join(' ')} />
        {/* A line through one point draws nothing, so every answer also gets a dot. */}
        {points.map((p, i) => <circle key={i} class="chart__dot" cx={x(p.x)} cy={yOf(p.value)} r="4" />)}
      </svg>
    </figure>
  );
}
