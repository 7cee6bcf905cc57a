import { useEffect, useRef } from 'preact/hooks';
import { exerciseWords, isDoneForToday, setsDoneOnDay, sittingSummary, type GuidedSession } from '../../domain/exercises';
import { guidedText } from '../../domain/i18n';
import type { CarePlan } from '../../domain/carePlan';
import { exerciseChecks } from '../../state/carePlan/carePlanState';
import { startGuidedSession } from '../../state/carePlan/guidedSessionActions';
import { NavLink } from '../ui/NavLink';

interface Props { session: GuidedSession; plan: CarePlan; today: string }

/** The end of a sitting: sets done today per exercise, and whether another round is still due. */
export function GuidedSummary({ session, plan, today }: Props) {
  const t = guidedText();
  const heading = useRef<HTMLHeadingElement>(null);
  // The controls that had focus are gone; start keyboard and screen-reader users here instead.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, []);
  const checks = exerciseChecks.value;
  const rows = sittingSummary(session, setsDoneOnDay(plan, checks, today));
  const allDone = isDoneForToday(plan, checks, today);
  return (
    <section class="card guided-summary" aria-labelledby="guided-summary-title">
      <h2 id="guided-summary-title" tabIndex={-1} ref={heading}>{rows.length ? t.wellDone : t.nothingLeft}</h2>
      {rows.length > 0 && (
        <>
          <p>{t.setsDoneToday}</p>
          <ul>{rows.map((row) => <li key={row.exercise.id}>{t.exerciseSets(exerciseWords(row.exercise).name, row.setsDone, row.setsExpected)}</li>)}</ul>
        </>
      )}
      {allDone ? (
        <p><span class="done-badge">{t.doneForToday}</span> {t.everySetDone}</p>
      ) : (
        <>
          <p>{t.restIsForLater}</p>
          <button type="button" class="button" onClick={startGuidedSession}>{t.nextRoundNow}</button>
        </>
      )}
      <NavLink to="exercises" class="button button--primary">{t.backToExercises}</NavLink>
    </section>
  );
}
