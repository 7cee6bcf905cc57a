import { appointmentCountdown } from '../../domain/carePlan';
import { checkInHeading } from '../../domain/checkIns';
import { formatDayLabel } from '../../domain/time';
import { activeCarePlan } from '../../state/carePlan/carePlanState';
import { checkInsNow, exerciseSummary, nextAppointment, planSessionDay, planToday } from '../../state/carePlan/carePlanDay';
import { now } from '../../state/hydration/hydrationSignals';
import { NavLink } from '../ui/NavLink';
import { AppointmentChangeForm } from './AppointmentChangeForm';
import '../ui/shared.css';

/**
 * The therapist's plan on Home: the series' next appointment with its countdown (and a way to say
 * it moved or was cancelled), the check-in waiting, the end of the exercises said honestly, and the
 * plan's screens.
 */
export function CarePlanHomeCard() {
  const record = activeCarePlan.value;
  if (!record) return null;
  const { plan } = record;
  const next = nextAppointment.value;
  const countdown = next && appointmentCountdown(next.appointment.at, now.value, plan.timeZone);
  const due = checkInsNow.value.due;
  const summary = exerciseSummary.value;
  return (
    <div class="card">
      <h2>Plan from {plan.therapist.name}</h2>
      {next && countdown && !countdown.passed && (
        <p class="next-appointment">
          <strong>Next appointment:</strong> {countdown.label} ({formatDayLabel(next.appointment.at, plan.timeZone)})
          {next.count > 1 ? `, session ${next.number} of ${next.count}` : ''}
          {next.appointment.status === 'moved' ? ', moved' : ''}
        </p>
      )}
      {next && <AppointmentChangeForm key={`${next.appointment.index}:${next.appointment.at}`} appointment={next.appointment} />}
      {!next && plan.series && <p class="next-appointment">Your series of {plan.series.sessions} sessions is complete.</p>}
      {due && <p class="check-in-due"><strong>Check-in waiting:</strong> {checkInHeading(due, planSessionDay.value!, planToday.value!)}.</p>}
      {summary?.ended && <p class="plan-ended" role="status"><strong>Home exercises ended.</strong> {summary.text}</p>}
      <div class="data-actions">
        {summary?.ended
          ? <NavLink to="progress" class="button button--primary">Send my progress</NavLink>
          : <NavLink to="exercises" class="button button--primary">Today’s exercises</NavLink>}
        <NavLink to="checkIn" class="button">Check-in</NavLink>
        <NavLink to="progress" class="button">My progress</NavLink>
      </div>
    </div>
  );
}
