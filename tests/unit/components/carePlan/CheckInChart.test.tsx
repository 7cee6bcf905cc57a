import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckInChart, type ChartPoint } from '../../../../src/components/carePlan/CheckInChart';

afterEach(cleanup);

const POINTS: ChartPoint[] = [
  { label: 'Tue 12 May', scores: { soreness: 4, pain: 3, stiffness: 5, sleep: 6 } },
  { label: 'Wed 13 May', scores: { soreness: 6 } },
  { label: 'Thu 14 May', scores: { soreness: 2 } },
  { label: 'Tue 19 May', scores: { pain: 1, stiffness: 2, sleep: 8 } },
];

const cells = (row: HTMLElement) => [...row.children].map((cell) => cell.textContent);
const rows = () => within(screen.getByRole('table')).getAllByRole('row').map(cells);
/** The y of each vertex of a series' line, as score 0–10 (the chart maps 0 → 136, 10 → 24). */
const scoresDrawn = (polyline: Element) =>
  (polyline.getAttribute('points') ?? '').split(' ').map((xy) => Math.round(((136 - Number(xy.split(',')[1])) / 112) * 10));

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

  it('draws the same figures the table holds, hidden from screen readers, which read the table', () => {
    const { container } = render(<CheckInChart points={POINTS} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const lines = [...svg.querySelectorAll('polyline')];
    expect(lines.map(scoresDrawn)).toEqual([[4, 6, 2], [3, 1], [5, 2], [6, 8]]);
    expect(screen.getByText(/^Lines: Soreness, Pain, Stiffness, Sleep \(10 = very good\)\./)).toBeTruthy();
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
