import { useEffect, useRef } from 'preact/hooks';
import { isDoneForToday, setsDoneOnDay, sittingSummary, type GuidedSession } from '../../domain/exercises';
import type { CarePlan } from '../../domain/carePlan';
import { exerciseChecks } from '../../state/carePlan/carePlanState';
import { startGuidedSession } from '../../state/carePlan/guidedSessionActions';
import { NavLink } from '../ui/NavLink';

interface Props { session: GuidedSession; plan: CarePlan; today: string }

/** The end of a sitting: sets done today per exercise, and whether another round is still due. */
export function GuidedSummary({ session, plan, today }: Props) {
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
      <h2 id="guided-summary-title" tabIndex={-1} ref={heading}>{rows.length ? 'Well done' : 'Nothing left to do'}</h2>
      {rows.length > 0 && (
        <>
          <p>Sets done today:</p>
          <ul>{rows.map((row) => <li key={row.exercise.id}>{row.exercise.name}: {row.setsDone} of {row.setsExpected} {row.setsExpected === 1 ? 'set' : 'sets'}</li>)}</ul>
        </>
      )}
      {allDone ? (
        <p><span class="done-badge">Done for today</span> Every set is checked off.</p>
      ) : (
        <>
          <p>The rest of today’s sets are for later. Come back when it’s time for the next round.</p>
          <button type="button" class="button" onClick={startGuidedSession}>Start the next round now</button>
        </>
      )}
      <NavLink to="exercises" class="button button--primary">Back to today’s exercises</NavLink>
    </section>
  );
}
