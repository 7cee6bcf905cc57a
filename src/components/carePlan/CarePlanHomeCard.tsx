import { appointmentCountdown } from '../../domain/carePlan';
import { checkInHeading } from '../../domain/checkIns';
import { appointmentsText, carePlanText } from '../../domain/i18n';
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
  const t = carePlanText();
  const a = appointmentsText();
  const { plan } = record;
  const next = nextAppointment.value;
  const countdown = next && appointmentCountdown(next.appointment.at, now.value, plan.timeZone);
  const due = checkInsNow.value.due;
  const summary = exerciseSummary.value;
  return (
    <div class="card">
      <h2>{t.planFrom(plan.therapist.name)}</h2>
      {next && countdown && !countdown.passed && (
        <p class="next-appointment">
          <strong>{a.next}</strong>{' '}
          {a.upcoming({
            when: countdown.label, date: formatDayLabel(next.appointment.at, plan.timeZone),
            number: next.number, count: next.count, moved: next.appointment.status === 'moved',
          })}
        </p>
      )}
      {next && <AppointmentChangeForm key={`${next.appointment.index}:${next.appointment.at}`} appointment={next.appointment} />}
      {!next && plan.series && <p class="next-appointment">{a.seriesComplete(plan.series.sessions)}</p>}
      {due && <p class="check-in-due"><strong>{t.home.checkInWaiting}</strong> {t.home.checkInDue(checkInHeading(due, planSessionDay.value!, planToday.value!))}</p>}
      {summary?.ended && <p class="plan-ended" role="status"><strong>{t.home.exercisesEnded}</strong> {summary.text}</p>}
      <div class="data-actions">
        {summary?.ended
          ? <NavLink to="progress" class="button button--primary">{t.home.sendProgress}</NavLink>
          : <NavLink to="exercises" class="button button--primary">{t.home.todaysExercises}</NavLink>}
        <NavLink to="checkIn" class="button">{t.home.checkIn}</NavLink>
        <NavLink to="progress" class="button">{t.home.myProgress}</NavLink>
      </div>
    </div>
  );
}
