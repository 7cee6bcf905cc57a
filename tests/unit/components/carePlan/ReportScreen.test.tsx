import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportScreen } from '../../../../src/components/carePlan/ReportScreen';
import { buildProgressReport } from '../../../../src/domain/report/progressReport';
import { progressReportLink } from '../../../../src/domain/report/progressReportCodec';
import type { CheckInAnswer } from '../../../../src/domain/checkIns/checkIns';
import { store } from '../../../../src/state/data/storeState';
import { EXERCISE_LIBRARY } from '../../../../src/domain/exercises/exerciseLibrary';
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
    // Since issue 13 the lead names the therapist as the plan's author (not "For …") and gives the dates in words.
    expect(screen.getByText(/^On the aftercare plan from Maria Gonzalez, LMT: Tuesday,? (12 May|May 12),? 2026 to Thursday,? (14 May|May 14),? 2026\.$/)).toBeTruthy();
    expect(screen.getByText(/Read-only; figures as the client entered them\./)).toBeTruthy();
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

  it('names the client, puts what they flagged first, and breaks the sets down per exercise', () => {
    const plan = makePlan({ clientName: 'Sam', exercises: [EXERCISE_LIBRARY[0], EXERCISE_LIBRARY[3]] });
    const checkIns: CheckInAnswer[] = [
      { checkInId: `${plan.id}:check-in:after-24h`, kind: 'after-24h', answeredAt: NOW + DAY, scores: { soreness: 6 }, flags: { bruising: false, numbness: true, lightHeaded: false } },
    ];
    const checks = [{ carePlanId: plan.id, exerciseId: EXERCISE_LIBRARY[3]!.id, localDate: '2026-05-12', round: 1, setsDone: 2 }];
    openInAddressBar(progressReportLink(location.origin, buildProgressReport({ plan, checks, checkIns, hydration: [], now: NOW + 2 * DAY })));
    const { container } = render(<ReportScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sam’s progress');
    expect(screen.getByText(/^Sam, on the aftercare plan from/)).toBeTruthy();
    const first = container.querySelector('section.report > :is(section, .card, dl)');
    expect(first?.textContent).toMatch(/^Flagged by the clientReported: numbness or tingling\./);
    const names = [...container.querySelectorAll('.report-bars__name')].map((n) => n.textContent);
    expect(names).toEqual([EXERCISE_LIBRARY[0]!.name, EXERCISE_LIBRARY[3]!.name]);
    expect(screen.getByText(/^2 of \d+ sets · \d+%$/)).toBeTruthy();
  });

  it('shows markup in the report as text', () => {
    openInAddressBar(reportLink('<img src=x onerror="alert(1)">'));
    const { container } = render(<ReportScreen />);
    expect(screen.getByText(/^On the aftercare plan from <img src=x onerror="alert\(1\)">:/)).toBeTruthy();
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
