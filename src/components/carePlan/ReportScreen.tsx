import { useState } from 'preact/hooks';
import { decodeProgressReport, readReportFragment, type CheckInFlagName } from '../../domain/report';
import { formatDayLabel } from '../../domain/time';
import { CheckInChart } from './CheckInChart';
import './carePlan.css';

/** The therapist reads words, not the field names the link carries ("lightHeaded"). */
const FLAG_WORDS: Record<CheckInFlagName, string> = { bruising: 'bruising', numbness: 'numbness or tingling', lightHeaded: 'feeling light-headed' };

const percent = (done: number, expected: number) => (expected > 0 ? `${Math.round((done / expected) * 100)}%` : '–');

/** The therapist's read-only view of a client's progress link. Nothing here is saved. */
export function ReportScreen() {
  const [decoded] = useState(() => {
    const payload = readReportFragment(location.hash);
    return payload ? decodeProgressReport(payload) : { ok: false as const, error: 'This link has no progress report in it.' };
  });
  if (!decoded.ok) {
    return (
      <section aria-labelledby="report-title">
        <h1 id="report-title" tabIndex={-1}>This report can’t be opened</h1>
        <p role="alert">{decoded.error}</p>
      </section>
    );
  }
  const r = decoded.report;
  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title" tabIndex={-1}>Client progress report</h1>
      <p class="muted">For {r.therapist}. Covers {r.from} to {r.to}. Read-only; figures as the client entered them.</p>
      {decoded.unverified && (
        <p role="status" class="notice">
          This link was made by an older version of Aftercare, so it can’t be checked for damage. If anything looks wrong,
          ask the client to send it again.
        </p>
      )}
      <div class="card">
        <h2>Home exercises</h2>
        <table>
          <thead><tr><th scope="col">Week</th><th scope="col">Sets done</th><th scope="col">Share</th></tr></thead>
          <tbody>{r.weeks.map((w) => <tr key={w.week}><th scope="row">Week {w.week}</th><td>{w.setsDone} of {w.setsExpected}</td><td>{percent(w.setsDone, w.setsExpected)}</td></tr>)}</tbody>
        </table>
      </div>
      <div class="card">
        <h2>Check-ins</h2>
        <CheckInChart points={r.checkIns.map((c) => ({ label: formatDayLabel(c.answeredAt, r.timeZone), scores: c.scores }))} />
        {r.checkIns.some((c) => c.flags.length > 0) && (
          <p class="notice">Reported: {[...new Set(r.checkIns.flatMap((c) => c.flags))].map((flag) => FLAG_WORDS[flag]).join(', ')}.</p>
        )}
      </div>
      <div class="card"><h2>Water</h2><p>Goal met on {r.hydration.daysMet} of {r.hydration.days} {r.hydration.days === 1 ? 'day' : 'days'}.</p></div>
    </section>
  );
}
