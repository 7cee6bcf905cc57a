import type { DayWater, PlanResult } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import type { SessionRecord } from '../../domain/records';
import { GlassesRing } from './GlassesRing';
import { dayResultText, formatGlasses } from './hydrationWording';

/** A day without a session: its own log against the everyday amount from Settings; reminders only if asked for. */
export function EverydaySummary({ counted, goal, asked }: { counted: number; goal: number; asked: boolean }) {
  const t = waterText();
  return (
    <div class="card plan-summary">
      <h1 id="today-title" tabIndex={-1}>{t.today.everydayTitle}</h1>
      <p class="muted">{asked ? t.today.everydayIntroAsked : t.today.everydayIntro}</p>
      <div class="plan-summary__row">
        <GlassesRing counted={counted} goal={goal} />
        <p class="plan-summary__target"><strong>{t.today.goalToday(goal)}</strong></p>
      </div>
    </div>
  );
}

/** "Yesterday: goal met (5 of 5 glasses)." once yesterday is over. */
export function YesterdayLine({ result }: { result: DayWater['result'] | undefined }) {
  if (!result) return null;
  return <p class="card day-result" data-day="yesterday">{waterText().today.yesterday(dayResultText(result))}</p>;
}

/** Plans a second session replaced today: what they came to, so nothing is silently lost. */
export function EarlierPlans({ plans }: { plans: PlanResult<SessionRecord>[] }) {
  if (plans.length === 0) return null;
  const t = waterText().today;
  return (
    <p class="muted earlier-plans">
      {[...plans.map((p) => t.earlier(formatGlasses(p.counted), p.goal)), t.earlierStay].join(' ')}
    </p>
  );
}
