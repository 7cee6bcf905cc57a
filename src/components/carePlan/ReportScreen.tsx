import { linksText, reportText } from '../../domain/i18n';
import { decodeProgressReport, percentOf, readReportFragment, type ProgressReport } from '../../domain/report';
import { formatDayLabel, formatIsoDate } from '../../domain/time';
import { CheckInChart } from './CheckInChart';
import { ReportExercises } from './ReportExercises';
import './carePlan.css';

const percent = (done: number, expected: number) => (expected > 0 ? percentOf(done, expected) : '–');

/** What the client flagged, first of all: these are why a therapist would pick up the phone. */
function Flags({ report }: { report: ProgressReport }) {
  const t = reportText().view;
  // The therapist reads words, not the field names the link carries ("lightHeaded").
  const words = (flags: readonly (keyof typeof t.flags)[]) => flags.map((flag) => t.flags[flag]).join(', ');
  const flagged = report.checkIns.filter((c) => c.flags.length > 0);
  if (flagged.length === 0) return <p class="card report-calm">{t.calm}</p>;
  return (
    <section class="notice report-flags" aria-labelledby="flags-title">
      <h2 id="flags-title">{t.flaggedTitle}</h2>
      <p>{t.reported(words([...new Set(flagged.flatMap((c) => c.flags))]))}</p>
      <ul>
        {flagged.map((c) => <li key={c.answeredAt}>{t.flaggedOn(formatDayLabel(c.answeredAt, report.timeZone), words(c.flags))}</li>)}
      </ul>
    </section>
  );
}

/** The therapist's read-only view of a client's progress link. Nothing here is saved. */
export function ReportScreen() {
  // Decoded at each render (it is quick): a refusal is then worded in the language of the moment.
  const payload = readReportFragment(location.hash);
  const decoded = payload ? decodeProgressReport(payload) : { ok: false as const, error: linksText().report.empty };
  const t = reportText().view;
  if (!decoded.ok) {
    return (
      <section aria-labelledby="report-title">
        <h1 id="report-title" tabIndex={-1}>{t.cantOpen}</h1>
        <p role="alert">{decoded.error}</p>
      </section>
    );
  }
  const r = decoded.report;
  const done = r.weeks.reduce((sum, w) => sum + w.setsDone, 0);
  const due = r.weeks.reduce((sum, w) => sum + w.setsExpected, 0);
  return (
    <section class="report" aria-labelledby="report-title">
      <h1 id="report-title" tabIndex={-1}>{t.title(r.client)}</h1>
      <p class="report__lead">{t.lead(r.client, r.therapist, r.from === r.to ? formatIsoDate(r.from) : t.range(formatIsoDate(r.from), formatIsoDate(r.to)))}</p>
      <p class="muted">{t.sent(formatDayLabel(r.createdAt, r.timeZone))}</p>
      {decoded.unverified && <p role="status" class="notice">{t.unverified}</p>}
      <Flags report={r} />
      <dl class="report-glance">
        <div><dt>{t.exercises}</dt><dd>{due > 0 ? t.ofSets(percent(done, due)) : t.noneDue}</dd></div>
        <div><dt>{t.waterGoal}</dt><dd>{r.hydration.days > 0 ? t.daysMet(r.hydration.daysMet, r.hydration.days) : t.nothingLogged}</dd></div>
        <div><dt>{t.checkIns}</dt><dd>{t.answered(r.checkIns.length)}</dd></div>
      </dl>
      <div class="card">
        <h2>{t.checkIns}</h2>
        <CheckInChart points={r.checkIns.map((c) => ({ label: formatDayLabel(c.answeredAt, r.timeZone), at: c.answeredAt, scores: c.scores }))} />
      </div>
      <ReportExercises report={r} />
      <div class="card"><h2>{t.water}</h2><p>{t.waterMet(r.hydration.daysMet, r.hydration.days)}</p></div>
    </section>
  );
}
