import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportScreen } from '../../../../src/components/carePlan/ReportScreen';
import { buildProgressReport } from '../../../../src/domain/report/progressReport';
import { progressReportLink } from '../../../../src/domain/report/progressReportCodec';
import type { CheckInAnswer } from '../../../../src/domain/checkIns/checkIns';
import { store } from '../../../../src/state/data/storeState';
import { DAY, NOW, makePlan, openInAddressBar, resetCarePlanState } from './carePlanTestState';
import { packedWithoutChecksum, payloadOf, unpackedWithNode } from '../../domain/carePlanLinks';

beforeEach(resetCarePlanState);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function reportLink(therapist = 'Maria Gonzalez, LMT'): string {
  const plan = makePlan({ therapist: { name: therapist } });
  const id = (suffix: string) => `${plan.id}:check-in:${suffix}`;
  const checkIns: CheckInAnswer[] = [
    { checkInId: id('baseline'), kind: 'baseline', answeredAt: NOW, scores: { soreness: 4, pain: 3, stiffness: 5, sleep: 6 }, flags: { bruising: false, numbness: false, lightHeaded: false } },
    { checkInId: id('after-24h'), kind: 'after-24h', answeredAt: NOW + DAY, scores: { soreness: 6 }, flags: { bruising: true, numbness: false, lightHeaded: true } },
  ];
  const checks = [{ carePlanId: plan.id, exerciseId: 'chin-tuck', localDate: '2026-05-12', round: 1, setsDone: 2 }];
  const hydration = [{ date: '2026-05-12', goal: 6, counted: 6 }];
  const report = buildProgressReport({ plan, checks, checkIns, hydration, now: NOW + 2 * DAY });
  return progressReportLink(location.origin, report);
}

const cells = (row: HTMLElement) => [...row.children].map((cell) => cell.textContent);
const tableUnder = (heading: string) => within(screen.getByRole('heading', { name: heading }).parentElement!).getByRole('table');

describe('ReportScreen', () => {
  it('shows a link from before links had a checksum, saying it could not be checked', () => {
    const notice = /made by an older version of Aftercare, so it can’t be checked for damage/;
    const old = packedWithoutChecksum(unpackedWithNode(payloadOf(reportLink())), 'r1.');
    openInAddressBar(`${location.origin}/report#${old}`);
    render(<ReportScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Client progress report');
    expect(screen.getByRole('status').textContent).toMatch(notice);
    cleanup();
    openInAddressBar(reportLink());
    render(<ReportScreen />);
    expect(screen.queryByText(notice)).toBeNull();
  });

  it("shows the client's figures read-only: exercises per week, check-ins as chart and table, signs, water", async () => {
    openInAddressBar(reportLink());
    render(<ReportScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Client progress report');
    expect(screen.getByText(/^For Maria Gonzalez, LMT\. Covers 2026-05-12 to 2026-05-14\. Read-only/)).toBeTruthy();
    expect(within(tableUnder('Home exercises')).getAllByRole('row').map(cells)).toEqual([
      ['Week', 'Sets done', 'Share'], ['Week 1', '2 of 33', '6%'],
    ]);
    const checkIns = within(tableUnder('Check-ins')).getAllByRole('row').map(cells);
    expect(checkIns.map((row) => row.slice(1))).toEqual([
      ['Soreness', 'Pain', 'Stiffness', 'Sleep (10 = very good)'], ['4', '3', '5', '6'], ['6', '–', '–', '–'],
    ]);
    expect(screen.getByText('Reported: bruising, feeling light-headed.')).toBeTruthy();
    expect(screen.getByText('Goal met on 1 of 1 day.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect((await store.value.readEverything()).carePlans).toEqual([]);
  });

  it('shows markup in the report as text', () => {
    openInAddressBar(reportLink('<img src=x onerror="alert(1)">'));
    const { container } = render(<ReportScreen />);
    expect(screen.getByText(/^For <img src=x onerror="alert\(1\)">\./)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it.each([
    ['a truncated link', (link: string) => link.slice(0, -12), 'This progress report link is damaged or incomplete. Ask for it to be sent again.'],
    ['a plan link', () => `${location.origin}/report#p1.abc`, "This link doesn't contain an Aftercare progress report."],
    ['a newer version', (link: string) => link.replace('#r1.', '#r2.'), 'This progress report was made with a newer version of Aftercare. Update the app to open it.'],
    ['no fragment', () => `${location.origin}/report`, 'This link has no progress report in it.'],
  ])('says why it cannot open %s', (_, breakLink, message) => {
    openInAddressBar(breakLink(reportLink()));
    render(<ReportScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This report can’t be opened');
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
