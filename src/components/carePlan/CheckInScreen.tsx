import { useState } from 'preact/hooks';
import { checkInAdvice, checkInSchedule, CONTACT_THERAPIST_MESSAGE, type CheckInAnswer, type ScheduledCheckIn } from '../../domain/checkIns';
import { formatClockTime, formatDayLabel } from '../../domain/time';
import { activeCarePlan, checkInAnswers } from '../../state/carePlan/carePlanState';
import { loaded, now, settings } from '../../state/hydration/hydrationState';
import { navigate } from '../../state/route';
import { CheckInForm } from './CheckInForm';
import './carePlan.css';

/** The check-ins the therapist's plan asks for, one at a time, as they fall due. */
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
  const answered = new Set(checkInAnswers.value.map((a) => a.checkInId));
  const schedule = checkInSchedule({ plan: record.plan, acceptedAt: record.acceptedAt, settings: settings.value });
  const due: ScheduledCheckIn | undefined = schedule.find((c) => c.dueAt <= now.value && !answered.has(c.id));
  const upcoming = schedule.find((c) => c.dueAt > now.value && !answered.has(c.id));
  const tz = record.plan.timeZone;

  const saved = (answer: CheckInAnswer) => setAdvice(checkInAdvice(answer) === 'contact-therapist' ? CONTACT_THERAPIST_MESSAGE : 'Thank you — saved. It will be part of your progress summary.');

  return (
    <section aria-labelledby="checkin-title">
      <h1 id="checkin-title" tabIndex={-1}>Check-in</h1>
      {advice && <p class={advice === CONTACT_THERAPIST_MESSAGE ? 'notice' : 'card'} role="alert">{advice}</p>}
      {due ? (
        <CheckInForm key={due.id} checkIn={due} onSaved={saved} />
      ) : (
        <p class="card">
          No check-in is due right now.
          {upcoming && ` The next one is on ${formatDayLabel(upcoming.dueAt, tz)} at ${formatClockTime(upcoming.dueAt, tz)}.`}
        </p>
      )}
      <button type="button" class="button" onClick={() => navigate('progress')}>See my progress</button>
    </section>
  );
}
