/**
 * The progress report on the therapist's side: its headings and figures follow the therapist's app
 * language, whatever language the client's app was in; names and exercises typed by hand stay as typed.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportScreen } from '../../../../src/components/carePlan/ReportScreen';
import { loadCatalogue, useCatalogue } from '../../../../src/domain/i18n';
import type { CheckInAnswer } from '../../../../src/domain/checkIns/checkIns';
import { buildProgressReport } from '../../../../src/domain/report/progressReport';
import { progressReportLink } from '../../../../src/domain/report/progressReportCodec';
import { DAY, NOW, makePlan, openInAddressBar, resetCarePlanState } from './carePlanTestState';

beforeEach(resetCarePlanState);
afterEach(cleanup);

function reportLink(): string {
  const plan = makePlan({ clientName: 'Sam' });
  const checkIns: CheckInAnswer[] = [
    { checkInId: `${plan.id}:check-in:after-24h`, kind: 'after-24h', answeredAt: NOW + DAY, scores: { soreness: 6 }, flags: { bruising: true, numbness: false, lightHeaded: true } },
  ];
  const checks = [{ carePlanId: plan.id, exerciseId: 'chin-tuck', localDate: '2026-05-12', round: 1, setsDone: 2 }];
  const hydration = [{ date: '2026-05-12', goal: 6, counted: 6 }];
  return progressReportLink(location.origin, buildProgressReport({ plan, checks, checkIns, hydration, now: NOW + 2 * DAY }));
}

describe('the report in the therapist’s language', () => {
  it('draws the headings and figures in German, and the client’s and exercises’ names as typed', async () => {
    useCatalogue('de', await loadCatalogue('de'));
    openInAddressBar(reportLink());
    const { container } = render(<ReportScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fortschritt von Sam');
    expect(screen.getByText(/^Sam, mit dem Nachsorgeplan von Maria Gonzalez, LMT: Dienstag, 12\. Mai 2026 bis Donnerstag, 14\. Mai 2026\.$/)).toBeTruthy();
    expect(screen.getByText('Gemeldet: Blutergüsse, Schwindel.')).toBeTruthy();
    expect(screen.getByText('Ziel erreicht an 1 von 1 Tag.')).toBeTruthy();
    const table = within(screen.getByRole('region', { name: 'Erledigte Sätze pro Woche' })).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Woche', 'Erledigte Sätze', 'Anteil']);
    expect(within(table).getByRole('rowheader').textContent).toBe('Woche 1');
    // German writes a space before the percent sign.
    expect(within(table).getAllByRole('cell')[1]?.textContent).toMatch(/^\d+\s%$/);
    expect([...container.querySelectorAll('.report-bars__name')].map((n) => n.textContent)).toContain('Shoulder rolls');
  });

  it('says in Spanish why a report cannot be opened', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    openInAddressBar(`${location.origin}/report#p1.abc`);
    render(<ReportScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No se puede abrir este informe');
    expect(screen.getByRole('alert').textContent).toBe('Este enlace no contiene un informe de progreso de Aftercare.');
  });
});
