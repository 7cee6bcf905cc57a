import '../ui/shared.css';
import { MASSAGE_KINDS } from '../../domain/session';
import type { PlanResult, WaterReminder } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import { dayWord, timeWhen } from '../../domain/time';
import { settings } from '../../state/hydration/hydrationSignals';
import type { SessionRecord } from '../../domain/records';
import { planOwnerText, reasonText, reminderRoomText, targetSentence } from './hydrationWording';
import { GlassesRing } from './GlassesRing';

interface Props {
  result: PlanResult<SessionRecord>;
  /** Today's waking day: what "tomorrow" and "today" are counted from. */
  today: string;
  next?: WaterReminder;
}

/** "Today" for today's plan, "tomorrow" (or the weekday) for one after a late session, "yesterday's" for one finishing this morning. */
function headingFor(day: string, today: string): string {
  const t = waterText().summary;
  if (day === today) return t.today;
  if (day < today) return t.yesterday;
  return t.forDay(dayWord(day, today));
}

export function HydrationPlanSummary({ result, today, next }: Props) {
  const { session, counted, goal, met } = result;
  const { plan } = session;
  const clock = settings.value;
  const t = waterText();
  const ahead = plan.day > today;
  // The ring's caption names the day too when it is not today's plan.
  const when = plan.day === today ? undefined : dayWord(plan.day, today);
  const kindLabel = MASSAGE_KINDS.find((k) => k.id === session.session.kind)?.label ?? session.session.kind;
  const at = (instant: number) => timeWhen(instant, today, clock, plan.timeZone);
  const room = reminderRoomText(plan.reminders.length, goal);
  return (
    <div class="card plan-summary">
      <h1 id="today-title" tabIndex={-1}>{headingFor(plan.day, today)}</h1>
      <p class="muted">{t.summary.after(kindLabel, planOwnerText(session))}</p>
      <div class="plan-summary__row">
        <GlassesRing counted={counted} goal={goal} when={when} />
        <div>
          <p class="plan-summary__target"><strong>{targetSentence(plan, today, clock)}</strong></p>
          <p aria-live="polite" class="plan-summary__next">
            {met
              ? t.summary.goalReached
              : next
                ? (ahead ? t.summary.firstReminder : t.summary.nextReminder)(at(next.at))
                : plan.reminders.length === 0 ? room : plan.day === today ? t.summary.noMoreToday : t.summary.noMoreFromPlan}
          </p>
          {!met && plan.reminders.length > 0 && room && <p class="muted">{room}</p>}
        </div>
      </div>
      {plan.physicianApproval && (
        <p class="notice" role="note">
          <strong>{t.summary.askPhysician}</strong> {t.summary.askPhysicianBody(kindLabel)}
        </p>
      )}
      <details class="plan-summary__why">
        <summary>{t.summary.why}</summary>
        <ul>
          {plan.reasons.filter((r) => r !== 'physician-approval').map((r) => <li key={r}>{reasonText(r, settings.value.goodDailyGlasses, plan.range, goal)}</li>)}
        </ul>
      </details>
    </div>
  );
}
