import { adherence, exercisesForDay, isDoneForToday, planStartDate } from '../../domain/exercises';
import { activeCarePlan, exerciseChecks } from '../../state/carePlan/carePlanState';
import { exerciseSummary, planToday } from '../../state/carePlan/carePlanDay';
import { loaded } from '../../state/hydration/hydrationSignals';
import { NavLink } from '../ui/NavLink';
import { AdherenceSummary } from './AdherenceSummary';
import { PlanEndedCard } from './PlanEndedCard';
import { ExerciseCard } from './ExerciseCard';
import './carePlan.css';
import { NoCarePlanYet } from './NoCarePlanYet';

/** Today's home exercises from the therapist's plan, with check-off per set. */
export function ExercisesScreen() {
  const record = activeCarePlan.value;
  const today = planToday.value;
  // Until storage has been read, "no plan yet" would be a guess.
  if (!loaded.value) return <p class="muted" role="status">Loading your plan…</p>;
  if (!record || !today) {
    return <NoCarePlanYet id="exercises-title" title="No home exercises yet" text="When your therapist sends you a plan link or QR code, open it on this phone and your exercises appear here." />;
  }
  const { plan } = record;
  const due = exercisesForDay(plan, today);
  const summary = exerciseSummary.value;
  const ended = summary?.ended === true;
  const done = isDoneForToday(plan, exerciseChecks.value, today);
  return (
    <section aria-labelledby="exercises-title">
      <h1 id="exercises-title" tabIndex={-1}>Today’s exercises</h1>
      <p class="muted">From {plan.therapist.name}’s plan.</p>
      {ended && summary && <PlanEndedCard text={summary.text} />}
      {!ended && due.length === 0 && <p class="card">Nothing is due today.</p>}
      {due.length > 0 && done && <p class="card" role="status"><span class="done-badge">Done for today</span> Every set is checked off.</p>}
      {due.length > 0 && !done && <p><NavLink to="guided" class="button button--primary button--large">Start today’s exercises</NavLink></p>}
      {due.map((item) => (
        <ExerciseCard key={item.exercise.id} item={item} carePlanId={plan.id} today={today} checks={exerciseChecks.value} />
      ))}
      <AdherenceSummary figures={adherence(plan, exerciseChecks.value, planStartDate(plan), today)} />
    </section>
  );
}
