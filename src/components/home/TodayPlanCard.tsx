import { formatClockTime } from '../../domain/time';
import { activeSession, glassesCounted } from '../../state/hydration/hydrationState';
import { formatGlasses } from '../hydration/formatGlasses';
import { NavLink } from '../ui/NavLink';
import '../ui/shared.css';

/** Today's plan on Home: glasses so far of the goal, and by when. */
export function TodayPlanCard() {
  const session = activeSession.value;
  if (!session) return null;
  return (
    <div class="card">
      <p>
        <strong>Today's plan:</strong> {formatGlasses(glassesCounted.value)} of {session.plan.goalGlasses} glasses, by{' '}
        {formatClockTime(session.plan.dueBy, session.plan.timeZone)}.
      </p>
      <NavLink to="today" class="button button--primary">Open today's plan</NavLink>
    </div>
  );
}
