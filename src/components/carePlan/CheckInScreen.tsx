import { useState } from 'preact/hooks';
import { checkInAdvice, checkInHeading, contactTherapistMessage, missedCheckInLabel, type CheckInAnswer } from '../../domain/checkIns';
import { carePlanText, checkInsText } from '../../domain/i18n';
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
  // What to say after a save; kept as a kind, so a language switch rewords it.
  const [advice, setAdvice] = useState<'contact-therapist' | 'thanks' | null>(null);
  const t = checkInsText();
  // Until storage has been read, "no plan yet" would be a guess.
  if (!loaded.value) return <p class="muted" role="status">{carePlanText().loading}</p>;
  if (!record) {
    return (
      <section aria-labelledby="checkin-title">
        <h1 id="checkin-title" tabIndex={-1}>{t.noneYetTitle}</h1>
        <p>{t.noneYet}</p>
        <button type="button" class="button" onClick={() => navigate('home')}>{carePlanText().backHome}</button>
      </section>
    );
  }
  const { due, upcoming, missed } = checkInsNow.value;
  const today = planToday.value!;
  const tz = record.plan.timeZone;

  const saved = (answer: CheckInAnswer) => setAdvice(checkInAdvice(answer) ?? 'thanks');

  return (
    <section aria-labelledby="checkin-title">
      <h1 id="checkin-title" tabIndex={-1}>{t.title}</h1>
      {advice && (
        <p class={advice === 'contact-therapist' ? 'notice' : 'card'} role="alert">
          {advice === 'contact-therapist' ? contactTherapistMessage() : t.thanks}
        </p>
      )}
      {due ? (
        <CheckInForm key={due.id} checkIn={due} title={checkInHeading(due, planSessionDay.value!, today)} onSaved={saved} />
      ) : (
        <p class="card next-check-in">
          {t.noneDue}
          {upcoming && ` ${t.nextOn(formatDayLabel(upcoming.dueAt, tz), formatClockTime(upcoming.dueAt, tz))}`}
        </p>
      )}
      {missed.length > 0 && <p class="muted missed-check-ins">{t.missed(missed.map(missedCheckInLabel))}</p>}
      <button type="button" class="button" onClick={() => navigate('progress')}>{t.seeProgress}</button>
    </section>
  );
}
