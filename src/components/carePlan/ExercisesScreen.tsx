import { adherence, exercisesForDay, isDoneForToday, planStartDate } from '../../domain/exercises';
import { carePlanText } from '../../domain/i18n';
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
  const t = carePlanText();
  // Until storage has been read, "no plan yet" would be a guess.
  if (!loaded.value) return <p class="muted" role="status">{t.loading}</p>;
  if (!record || !today) {
    return <NoCarePlanYet id="exercises-title" title={t.exercises.noneYetTitle} text={t.exercises.noneYet} />;
  }
  const { plan } = record;
  const due = exercisesForDay(plan, today);
  const summary = exerciseSummary.value;
  const ended = summary?.ended === true;
  const done = isDoneForToday(plan, exerciseChecks.value, today);
  return (
    <section aria-labelledby="exercises-title">
      <h1 id="exercises-title" tabIndex={-1}>{t.exercises.title}</h1>
      <p class="muted">{t.exercises.fromPlan(plan.therapist.name)}</p>
      {ended && summary && <PlanEndedCard text={summary.text} />}
      {!ended && due.length === 0 && <p class="card">{t.exercises.nothingDue}</p>}
      {due.length > 0 && done && <p class="card" role="status"><span class="done-badge">{t.exercises.doneBadge}</span> {t.exercises.everySetDone}</p>}
      {due.length > 0 && !done && <p><NavLink to="guided" class="button button--primary button--large">{t.exercises.start}</NavLink></p>}
      {due.map((item) => (
        <ExerciseCard key={item.exercise.id} item={item} carePlanId={plan.id} today={today} checks={exerciseChecks.value} />
      ))}
      <AdherenceSummary figures={adherence(plan, exerciseChecks.value, planStartDate(plan), today)} />
    </section>
  );
}
