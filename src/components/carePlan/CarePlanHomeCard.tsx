import { appointmentCountdown } from '../../domain/carePlan';
import { formatDayLabel } from '../../domain/time';
import { activeCarePlan } from '../../state/carePlan/carePlanState';
import { now } from '../../state/hydration/hydrationState';
import { NavLink } from '../ui/NavLink';
import '../ui/shared.css';

/** The therapist's plan on Home: the next appointment with its countdown, and the plan's screens. */
export function CarePlanHomeCard() {
  const record = activeCarePlan.value;
  if (!record) return null;
  const { plan } = record;
  const countdown = plan.nextAppointment ? appointmentCountdown(plan.nextAppointment, now.value, plan.timeZone) : undefined;
  return (
    <div class="card">
      <h2>Plan from {plan.therapist.name}</h2>
      {countdown && !countdown.passed && (
        <p><strong>Next appointment:</strong> {countdown.label} ({formatDayLabel(plan.nextAppointment!, plan.timeZone)})</p>
      )}
      <div class="data-actions">
        <NavLink to="exercises" class="button button--primary">Today’s exercises</NavLink>
        <NavLink to="checkIn" class="button">Check-in</NavLink>
        <NavLink to="progress" class="button">My progress</NavLink>
      </div>
    </div>
  );
}
