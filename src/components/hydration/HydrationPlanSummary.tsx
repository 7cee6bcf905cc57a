import { MASSAGE_KINDS } from '../../domain/session';
import { progressFraction } from '../../domain/hydration';
import { formatClockTime } from '../../domain/time';
import { glassesCounted, settings, upcomingReminder } from '../../state/hydration/hydrationState';
import type { SessionRecord } from '../../domain/records';
import { formatGlasses } from './hydrationWording';
import { reasonText, targetSentence } from './hydrationWording';
import { ProgressRing } from '../ui/ProgressRing';

export function HydrationPlanSummary({ session }: { session: SessionRecord }) {
  const { plan } = session;
  const counted = glassesCounted.value;
  const goalMet = counted >= plan.goalGlasses;
  const next = upcomingReminder.value;
  const kindLabel = MASSAGE_KINDS.find((k) => k.id === session.session.kind)?.label ?? session.session.kind;
  return (
    <div class="card plan-summary">
      <h1 id="today-title" tabIndex={-1}>Your plan for today</h1>
      <p class="muted">After your {kindLabel.toLowerCase()} session — your therapist's aftercare plan.</p>
      <div class="plan-summary__row">
        <ProgressRing fraction={progressFraction(counted, plan.goalGlasses)} label={`${formatGlasses(counted)} of ${plan.goalGlasses} glasses`}>
          <span class="ring__big">{formatGlasses(counted)}</span>
          <span>of {plan.goalGlasses} glasses</span>
        </ProgressRing>
        <div>
          <p class="plan-summary__target"><strong>{targetSentence(plan)}</strong></p>
          <p aria-live="polite">
            {goalMet
              ? 'Goal reached — well done. Keep sipping when you are thirsty.'
              : next
                ? `Next reminder: ${formatClockTime(next.at, plan.timeZone)}${next.nextMorning ? ' tomorrow' : ''}`
                : 'No more reminders today.'}
          </p>
        </div>
      </div>
      {plan.physicianApproval && (
        <p class="notice" role="note">
          <strong>Ask your physician:</strong> after a {kindLabel.toLowerCase()} session, check this plan with your physician before
          following it.
        </p>
      )}
      <details class="plan-summary__why">
        <summary>Why this amount?</summary>
        <ul>
          {plan.reasons.filter((r) => r !== 'physician-approval').map((r) => <li key={r}>{reasonText(r, settings.value.goodDailyGlasses, plan.range)}</li>)}
        </ul>
      </details>
    </div>
  );
}
