import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressScreen } from '../../../../src/components/carePlan/ProgressScreen';
import { decodeProgressReport, readReportFragment } from '../../../../src/domain/report/progressReportCodec';
import { checkInAnswers, exerciseChecks } from '../../../../src/state/carePlan/carePlanState';
import { DAY, NOW, acceptedPlan, fixClock, resetCarePlanState } from './carePlanTestState';

beforeEach(() => {
  resetCarePlanState();
  const plan = acceptedPlan();
  exerciseChecks.value = [{ carePlanId: plan.id, exerciseId: 'chin-tuck', localDate: '2026-05-12', round: 1, setsDone: 2 }];
  checkInAnswers.value = [
    { checkInId: `${plan.id}:check-in:after-24h`, kind: 'after-24h', answeredAt: NOW + DAY, scores: { soreness: 5 }, flags: { bruising: true, numbness: false, lightHeaded: false }, carePlanId: plan.id },
    { checkInId: `${plan.id}:check-in:baseline`, kind: 'baseline', answeredAt: NOW, scores: { soreness: 3, pain: 2, stiffness: 4, sleep: 7 }, carePlanId: plan.id },
  ];
  fixClock(NOW + DAY + 3_600_000);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(window, 'print');
});

/** Stands in for a browser feature the test environment lacks. */
function provide<T>(target: object, name: string, value: T): T {
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  return value;
}

const reportIn = (link: string) => {
  const decoded = decodeProgressReport(readReportFragment(new URL(link).hash) ?? '');
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.report;
};
const summaryText = () => document.querySelector('.report-text')?.textContent ?? '';

describe('ProgressScreen', () => {
  it('charts the check-ins in time order, with the table behind the chart', () => {
    render(<ProgressScreen />);
    const table = within(screen.getByRole('heading', { name: 'Check-ins' }).parentElement!).getByRole('table');
    const rows = within(table).getAllByRole('row').map((row) => [...row.children].slice(1).map((cell) => cell.textContent));
    expect(rows).toEqual([['Soreness', 'Pain', 'Stiffness', 'Sleep (10 = very good)'], ['3', '2', '4', '7'], ['5', '–', '–', '–']]);
    expect(screen.getByText(/^Overall: 2 of 22 sets/)).toBeTruthy();
  });

  it('sends nothing until the client taps, then shares the summary and the report link', async () => {
    const share = provide(navigator, 'share', vi.fn(() => Promise.resolve()));
    const print = provide(window, 'print', vi.fn());
    render(<ProgressScreen />);
    expect(share).not.toHaveBeenCalled();
    expect(print).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Send to my therapist' }));
    await screen.findByText('Shared.');
    expect(share).toHaveBeenCalledTimes(1);
    const [{ title, text, url }] = share.mock.calls[0] as unknown as [ShareData];
    expect(title).toBe('My aftercare progress');
    expect(text).toBe(summaryText());
    expect(text).toMatch(/^Progress on my aftercare plan from Maria Gonzalez, LMT\n/);
    expect(text).toContain('- 2026-05-13, about 24 hours after the session: soreness 5; noticed: bruising');
    expect(url).toMatch(new RegExp(`^${location.origin}/report#r1\\.`));
    expect(screen.getByRole('link', { name: 'Open the therapist’s view' }).getAttribute('href')).toBe(url);
    const report = reportIn(url!);
    expect(report.therapist).toBe('Maria Gonzalez, LMT');
    expect(report.weeks).toEqual([{ week: 1, setsDone: 2, setsExpected: 22 }]);
    expect(report.checkIns.map((c) => [c.kind, c.scores, c.flags])).toEqual([
      ['baseline', { soreness: 3, pain: 2, stiffness: 4, sleep: 7 }, []],
      ['after-24h', { soreness: 5 }, ['bruising']],
    ]);
  });

  it('says nothing when the client cancels the share sheet', async () => {
    const share = provide(navigator, 'share', vi.fn(() => Promise.reject(new DOMException('cancelled', 'AbortError'))));
    render(<ProgressScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Send to my therapist' }));
    await waitFor(() => expect(share).toHaveBeenCalled());
    await Promise.resolve();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers copy and print where the Web Share API is missing', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    provide(navigator, 'clipboard', { writeText });
    const print = provide(window, 'print', vi.fn());
    render(<ProgressScreen />);
    expect(screen.queryByRole('button', { name: 'Send to my therapist' })).toBeNull();
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await screen.findByText('Summary and link copied. Paste them into a message to your therapist.');
    const link = screen.getByRole('link', { name: 'Open the therapist’s view' }).getAttribute('href');
    expect(writeText).toHaveBeenCalledWith(`${summaryText()}\n\n${link}`);
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says how to copy by hand when the clipboard is blocked', async () => {
    provide(navigator, 'clipboard', { writeText: () => Promise.reject(new Error('denied')) });
    render(<ProgressScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await screen.findByText('Copying is blocked here. Select the summary below and copy it by hand.');
  });
});
