import { useEffect, useState } from 'preact/hooks';
import { adherence, planStartDate } from '../../domain/exercises';
import { carePlanText } from '../../domain/i18n';
import { buildProgressReport, type HydrationDay } from '../../domain/report';
import { formatDayLabel } from '../../domain/time';
import { activeCarePlan, checkInAnswers, exerciseChecks } from '../../state/carePlan/carePlanState';
import { exerciseSummary, planToday } from '../../state/carePlan/carePlanDay';
import { loaded } from '../../state/hydration/hydrationSignals';
import { loadHydrationHistory } from '../../state/hydration/hydrationHistory';
import { AdherenceSummary } from './AdherenceSummary';
import { CheckInChart } from './CheckInChart';
import { SendProgress } from './SendProgress';
import './carePlan.css';
import { NoCarePlanYet } from './NoCarePlanYet';

/** Each day with a hydration plan, its goal and what counted: the same figures History shows. */
async function hydrationDays(): Promise<HydrationDay[]> {
  return (await loadHydrationHistory())
    .filter(({ result }) => result.kind === 'plan')
    .map(({ day, result }) => ({ date: day, goal: result.goal, counted: result.counted }));
}

/** Progress over the plan: check-in scores, exercise adherence, and "Send my progress". */
export function ProgressScreen() {
  const record = activeCarePlan.value;
  const [hydration, setHydration] = useState<HydrationDay[]>([]);
  useEffect(() => void hydrationDays().then(setHydration, () => setHydration([])), [record?.id]);
  const t = carePlanText();
  // Until storage has been read, "no plan yet" would be a guess.
  if (!loaded.value) return <p class="muted" role="status">{t.loading}</p>;
  if (!record || !planToday.value) {
    return <NoCarePlanYet id="progress-title" title={t.progress.noneYetTitle} text={t.progress.noneYet} />;
  }
  const { plan } = record;
  const answers = [...checkInAnswers.value].sort((a, b) => a.answeredAt - b.answeredAt);
  const report = buildProgressReport({ plan, checks: exerciseChecks.value, checkIns: answers, hydration, now: Date.now(), today: planToday.value });
  return (
    <section aria-labelledby="progress-title">
      <h1 id="progress-title" tabIndex={-1}>{t.progress.title}</h1>
      <div class="card">
        <h2>{t.progress.checkIns}</h2>
        <CheckInChart points={answers.map((a) => ({ label: formatDayLabel(a.answeredAt, plan.timeZone), at: a.answeredAt, scores: a.scores }))} />
      </div>
      {exerciseSummary.value?.ended && <p class="card" role="status">{exerciseSummary.value.text}</p>}
      <AdherenceSummary figures={adherence(plan, exerciseChecks.value, planStartDate(plan), planToday.value)} />
      <div class="card">
        <h2>{t.progress.water}</h2>
        <p>{t.progress.goalMet(report.hydration.daysMet, report.hydration.days)}</p>
      </div>
      <SendProgress report={report} />
    </section>
  );
}
