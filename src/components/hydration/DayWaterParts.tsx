import type { DayWater, PlanResult } from '../../domain/hydration';
import type { SessionRecord } from '../../domain/records';
import { GlassesRing } from './GlassesRing';
import { dayResultText, formatGlasses, glassesText } from './hydrationWording';

/** A day without a session: its own log against the everyday amount from Settings; reminders only if asked for. */
export function EverydaySummary({ counted, goal, asked }: { counted: number; goal: number; asked: boolean }) {
  return (
    <div class="card plan-summary">
      <h1 id="today-title" tabIndex={-1}>Today’s water</h1>
      <p class="muted">
        {asked
          ? 'No session today: your everyday amount from Settings, with the reminders you asked for today.'
          : 'No session today: your everyday amount from Settings, with no reminders unless you ask for them under Reminders.'}
      </p>
      <div class="plan-summary__row">
        <GlassesRing counted={counted} goal={goal} />
        <p class="plan-summary__target"><strong>{glassesText(goal)} today</strong></p>
      </div>
    </div>
  );
}

/** "Yesterday: goal met (5 of 5 glasses)." once yesterday is over. */
export function YesterdayLine({ result }: { result: DayWater['result'] | undefined }) {
  if (!result) return null;
  return <p class="card day-result" data-day="yesterday">Yesterday: {dayResultText(result)}.</p>;
}

/** Plans a second session replaced today: what they came to, so nothing is silently lost. */
export function EarlierPlans({ plans }: { plans: PlanResult<SessionRecord>[] }) {
  if (plans.length === 0) return null;
  return (
    <p class="muted earlier-plans">
      {plans.map((p) => `Earlier today, before your latest session: ${formatGlasses(p.counted)} of ${glassesText(p.goal)}. `).join('')}
      Those glasses stay with that plan; this one counts from your latest session.
    </p>
  );
}
