import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckInChart, type ChartPoint } from '../../../../src/components/carePlan/CheckInChart';
import { CHART } from '../../../../src/components/carePlan/MeasureChart';

afterEach(cleanup);

const POINTS: ChartPoint[] = [
  { label: 'Tue 12 May', scores: { soreness: 4, pain: 3, stiffness: 5, sleep: 6 } },
  { label: 'Wed 13 May', scores: { soreness: 6 } },
  { label: 'Thu 14 May', scores: { soreness: 2 } },
  { label: 'Tue 19 May', scores: { pain: 1, stiffness: 2, sleep: 8 } },
];

const cells = (row: HTMLElement) => [...row.children].map((cell) => cell.textContent);
const rows = () => within(screen.getByRole('table')).getAllByRole('row').map(cells);
/** The y of each vertex of a measure's line, as score 0–10 (the chart's plot runs from CHART.top to CHART.height − CHART.bottom). */
const plot = CHART.height - CHART.top - CHART.bottom;
const scoresDrawn = (polyline: Element) =>
  (polyline.getAttribute('points') ?? '').split(' ').map((xy) => Math.round(((CHART.height - CHART.bottom - Number(xy.split(',')[1])) / plot) * 10));

describe('CheckInChart', () => {
  it('says so when nothing is answered yet, and draws nothing', () => {
    const { container } = render(<CheckInChart points={[]} />);
    expect(screen.getByText('No check-ins answered yet.')).toBeTruthy();
    expect(container.querySelector('svg, table')).toBeNull();
  });

  it('holds every point in a table: one row per check-in, one column per score asked, a dash where not asked', () => {
    render(<CheckInChart points={POINTS} />);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe('Check-in scores, 0 to 10');
    // Wider than a phone: its scroll box takes keyboard focus (axe: scrollable-region-focusable).
    expect(screen.getByRole('region', { name: 'Check-in scores' }).tabIndex).toBe(0);
    expect(rows()).toEqual([
      ['Check-in', 'Soreness', 'Pain', 'Stiffness', 'Sleep (10 = very good)'],
      ['Tue 12 May', '4', '3', '5', '6'],
      ['Wed 13 May', '6', '–', '–', '–'],
      ['Thu 14 May', '2', '–', '–', '–'],
      ['Tue 19 May', '–', '1', '2', '8'],
    ]);
  });

  // One small chart per measure since issue 13 (it was one chart with four lines and a "Lines: …" caption).
  it('draws the same figures the table holds, hidden from screen readers, which read the table', () => {
    const { container } = render(<CheckInChart points={POINTS} />);
    const svgs = [...container.querySelectorAll('svg')];
    expect(svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
    const lines = svgs.map((svg) => svg.querySelector('polyline')!);
    expect(lines.map(scoresDrawn)).toEqual([[4, 6, 2], [3, 1], [5, 2], [6, 8]]);
    expect([...container.querySelectorAll('.measure-chart figcaption strong')].map((n) => n.textContent)).toEqual(['Soreness', 'Pain', 'Stiffness', 'Sleep']);
  });

  it('says for each measure its scale, which way is better, and how it moved, with dates on the axis', () => {
    const { container } = render(<CheckInChart points={POINTS} />);
    const captions = [...container.querySelectorAll('.measure-chart figcaption')].map((n) => n.textContent);
    expect(captions).toEqual([
      'Soreness 0–10, lower is better4 → 2, better',
      'Pain 0–10, lower is better3 → 1, better',
      'Stiffness 0–10, lower is better5 → 2, better',
      'Sleep 0–10, higher is better6 → 8, better',
    ]);
    const soreness = container.querySelector('svg')!;
    expect([...soreness.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['0', '5', '10', 'Tue 12 May', 'Thu 14 May']);
  });

  it('spaces points by date when it has them', () => {
    const dated = POINTS.map((p, i) => ({ ...p, at: Date.UTC(2026, 4, [12, 13, 14, 19][i]!) }));
    const { container } = render(<CheckInChart points={dated} />);
    const xs = (container.querySelector('polyline')!.getAttribute('points') ?? '').split(' ').map((xy) => Number(xy.split(',')[0]));
    // 12, 13 and 14 May of a 12–19 May span: one seventh apart, the last two sevenths in.
    const step = (CHART.width - CHART.left - CHART.right) / 7;
    expect(xs.map((x) => Math.round((x - CHART.left) / step))).toEqual([0, 1, 2]);
  });

  it('leaves out columns and lines for scores no check-in asked', () => {
    const { container } = render(<CheckInChart points={POINTS.slice(1, 3)} />);
    expect(rows()).toEqual([['Check-in', 'Soreness'], ['Wed 13 May', '6'], ['Thu 14 May', '2']]);
    expect(container.querySelectorAll('polyline')).toHaveLength(1);
  });

  it('marks every answered score, so a single check-in shows on the chart too', () => {
    const { container } = render(<CheckInChart points={POINTS.slice(0, 1)} />);
    expect(rows()).toEqual([['Check-in', 'Soreness', 'Pain', 'Stiffness', 'Sleep (10 = very good)'], ['Tue 12 May', '4', '3', '5', '6']]);
    expect(container.querySelectorAll('svg circle')).toHaveLength(4);
  });
});
