import { useEffect, useState } from 'preact/hooks';
import { adherence, planStartDate } from '../../domain/exercises';
import { buildProgressReport, type HydrationDay } from '../../domain/report';
import { formatDayLabel } from '../../domain/time';
import { activeCarePlan, checkInAnswers, exerciseChecks } from '../../state/carePlan/carePlanState';
import { exerciseSummary, planToday } from '../../state/carePlan/carePlanDay';
import { loaded } from '../../state/hydration/hydrationSignals';
import { navigate } from '../../state/route';
import { loadHydrationHistory } from '../../state/hydration/hydrationHistory';
import { AdherenceSummary } from './AdherenceSummary';
import { CheckInChart } from './CheckInChart';
import { SendProgress } from './SendProgress';
import './carePlan.css';

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
  // Until storage has been read, "no plan yet" would be a guess.
  if (!loaded.value) return <p class="muted" role="status">Loading your plan…</p>;
  if (!record || !planToday.value) {
    return (
      <section aria-labelledby="progress-title">
        <h1 id="progress-title" tabIndex={-1}>No progress to show yet</h1>
        <p>Progress appears once you accept a plan from your therapist.</p>
        <button type="button" class="button" onClick={() => navigate('home')}>Back to Aftercare</button>
      </section>
    );
  }
  const { plan } = record;
  const answers = [...checkInAnswers.value].sort((a, b) => a.answeredAt - b.answeredAt);
  const report = buildProgressReport({ plan, checks: exerciseChecks.value, checkIns: answers, hydration, now: Date.now(), today: planToday.value });
  return (
    <section aria-labelledby="progress-title">
      <h1 id="progress-title" tabIndex={-1}>My progress</h1>
      <div class="card">
        <h2>Check-ins</h2>
        <CheckInChart points={answers.map((a) => ({ label: formatDayLabel(a.answeredAt, plan.timeZone), at: a.answeredAt, scores: a.scores }))} />
      </div>
      {exerciseSummary.value?.ended && <p class="card" role="status">{exerciseSummary.value.text}</p>}
      <AdherenceSummary figures={adherence(plan, exerciseChecks.value, planStartDate(plan), planToday.value)} />
      <div class="card">
        <h2>Water</h2>
        <p>Goal met on {report.hydration.daysMet} of {report.hydration.days} {report.hydration.days === 1 ? 'day' : 'days'} with a water plan.</p>
      </div>
      <SendProgress report={report} />
    </section>
  );
}
