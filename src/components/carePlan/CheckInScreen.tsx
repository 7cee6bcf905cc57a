import { useState } from 'preact/hooks';
import { checkInAdvice, checkInHeading, CONTACT_THERAPIST_MESSAGE, missedCheckInLabel, type CheckInAnswer } from '../../domain/checkIns';
import { formatClockTime, formatDayLabel } from '../../domain/time';
import { activeCarePlan } from '../../state/carePlan/carePlanState';
import { checkInsNow, planSessionDay, planToday } from '../../state/carePlan/carePlanDay';
import { loaded } from '../../state/hydration/hydrationSignals';
import { navigate } from '../../state/route';
import { CheckInForm } from './CheckInForm';
import './carePlan.css';

/**
 * The check-ins the therapist's plan asks for, one at a time while each is open, headed by what it
 * is for today; those not answered in time are listed as missed, not offered forever.
 */
export function CheckInScreen() {
  const record = activeCarePlan.value;
  const [advice, setAdvice] = useState<string | null>(null);
  // Until storage has been read, "no plan yet" would be a guess.
  if (!loaded.value) return <p class="muted" role="status">Loading your plan…</p>;
  if (!record) {
    return (
      <section aria-labelledby="checkin-title">
        <h1 id="checkin-title" tabIndex={-1}>No check-ins yet</h1>
        <p>Check-ins come with a plan from your therapist.</p>
        <button type="button" class="button" onClick={() => navigate('home')}>Back to Aftercare</button>
      </section>
    );
  }
  const { due, upcoming, missed } = checkInsNow.value;
  const today = planToday.value!;
  const tz = record.plan.timeZone;

  const saved = (answer: CheckInAnswer) => setAdvice(checkInAdvice(answer) === 'contact-therapist' ? CONTACT_THERAPIST_MESSAGE : 'Thank you — saved. It will be part of your progress summary.');

  return (
    <section aria-labelledby="checkin-title">
      <h1 id="checkin-title" tabIndex={-1}>Check-in</h1>
      {advice && <p class={advice === CONTACT_THERAPIST_MESSAGE ? 'notice' : 'card'} role="alert">{advice}</p>}
      {due ? (
        <CheckInForm key={due.id} checkIn={due} title={checkInHeading(due, planSessionDay.value!, today)} onSaved={saved} />
      ) : (
        <p class="card next-check-in">
          No check-in is due right now.
          {upcoming && ` The next one is on ${formatDayLabel(upcoming.dueAt, tz)} at ${formatClockTime(upcoming.dueAt, tz)}.`}
        </p>
      )}
      {missed.length > 0 && (
        <p class="muted missed-check-ins">
          Missed (not answered while they were open): {missed.map(missedCheckInLabel).join('; ')}.
        </p>
      )}
      <button type="button" class="button" onClick={() => navigate('progress')}>See my progress</button>
    </section>
  );
}
