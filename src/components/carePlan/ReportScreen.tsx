import { useState } from 'preact/hooks';
import { decodeProgressReport, readReportFragment, type CheckInFlagName, type ProgressReport } from '../../domain/report';
import { formatDayLabel, formatIsoDate } from '../../domain/time';
import { CheckInChart } from './CheckInChart';
import { ReportExercises } from './ReportExercises';
import './carePlan.css';

/** The therapist reads words, not the field names the link carries ("lightHeaded"). */
const FLAG_WORDS: Record<CheckInFlagName, string> = { bruising: 'bruising', numbness: 'numbness or tingling', lightHeaded: 'feeling light-headed' };

const percent = (done: number, expected: number) => (expected > 0 ? `${Math.round((done / expected) * 100)}%` : '–');

/** What the client flagged, first of all: these are why a therapist would pick up the phone. */
function Flags({ report }: { report: ProgressReport }) {
  const flagged = report.checkIns.filter((c) => c.flags.length > 0);
  if (flagged.length === 0) return <p class="card report-calm">No bruising, numbness or light-headedness reported.</p>;
  return (
    <section class="notice report-flags" aria-labelledby="flags-title">
      <h2 id="flags-title">Flagged by the client</h2>
      <p>Reported: {[...new Set(flagged.flatMap((c) => c.flags))].map((flag) => FLAG_WORDS[flag]).join(', ')}.</p>
      <ul>
        {flagged.map((c) => <li key={c.answeredAt}>{formatDayLabel(c.answeredAt, report.timeZone)}: {c.flags.map((f) => FLAG_WORDS[f]).join(', ')}</li>)}
      </ul>
    </section>
  );
}

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
  const done = r.weeks.reduce((sum, w) => sum + w.setsDone, 0);
  const due = r.weeks.reduce((sum, w) => sum + w.setsExpected, 0);
  return (
    <section class="report" aria-labelledby="report-title">
      <h1 id="report-title" tabIndex={-1}>{r.client ? `${r.client}’s progress` : 'Client progress report'}</h1>
      <p class="report__lead">
        {r.client ? `${r.client}, on` : 'On'} the aftercare plan from {r.therapist}:{' '}
        {r.from === r.to ? formatIsoDate(r.from) : `${formatIsoDate(r.from)} to ${formatIsoDate(r.to)}`}.
      </p>
      <p class="muted">Sent {formatDayLabel(r.createdAt, r.timeZone)}. Read-only; figures as the client entered them.</p>
      {decoded.unverified && (
        <p role="status" class="notice">
          This link was made by an older version of Aftercare, so it can’t be checked for damage. If anything looks wrong,
          ask the client to send it again.
        </p>
      )}
      <Flags report={r} />
      <dl class="report-glance">
        <div><dt>Home exercises</dt><dd>{due > 0 ? `${percent(done, due)} of sets` : 'None due'}</dd></div>
        <div><dt>Water goal</dt><dd>{r.hydration.days > 0 ? `${r.hydration.daysMet} of ${r.hydration.days} ${r.hydration.days === 1 ? 'day' : 'days'}` : 'Nothing logged'}</dd></div>
        <div><dt>Check-ins</dt><dd>{r.checkIns.length} answered</dd></div>
      </dl>
      <div class="card">
        <h2>Check-ins</h2>
        <CheckInChart points={r.checkIns.map((c) => ({ label: formatDayLabel(c.answeredAt, r.timeZone), at: c.answeredAt, scores: c.scores }))} />
      </div>
      <ReportExercises report={r} />
      <div class="card"><h2>Water</h2><p>Goal met on {r.hydration.daysMet} of {r.hydration.days} {r.hydration.days === 1 ? 'day' : 'days'}.</p></div>
    </section>
  );
}
