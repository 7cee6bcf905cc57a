import '../ui/shared.css';
import { timeWhen } from '../../domain/time';
import { todayState } from '../../state/hydration/dayState';
import { settings } from '../../state/hydration/hydrationSignals';
import { NavLink } from '../ui/NavLink';
import { HeldReminders } from '../reminders/HeldReminders';
import { dayResultText, formatGlasses, glassesText, targetSentence } from '../hydration/hydrationWording';

/**
 * Today's water on Home, in the same words and numbers as Today: the running plan (or tomorrow's),
 * else today's own log, and how yesterday went. Loaded after the first screen (it needs the day model).
 */
export function HydrationHomeCard() {
  const { current, upcoming, own, yesterday, today, nextReminder } = todayState.value;
  const clock = settings.value;
  if (!current && !upcoming && own.counted === 0 && !yesterday) return <HeldReminders />;
  const plan = current?.session.plan ?? upcoming?.plan;
  const next = current ? nextReminder : upcoming?.plan.reminders[0];
  return (
    <>
    <HeldReminders />
    <div class="card hydration-home">
      {yesterday && <p class="day-result" data-day="yesterday">Yesterday: {dayResultText(yesterday)}.</p>}
      <p class="hydration-home__today">
        {current && plan && <><strong>{plan.day < today ? 'Yesterday’s plan:' : 'Today’s plan:'}</strong> {formatGlasses(current.counted)} of {targetSentence(plan, today, clock)}.</>}
        {!current && upcoming && plan && <><strong>Your plan for tomorrow:</strong> {targetSentence(plan, today, clock)}.</>}
        {!current && !upcoming && <><strong>Today:</strong> {formatGlasses(own.counted)} of {glassesText(own.goal)}, your everyday amount.</>}
        {plan && next && !current?.met && <> {current ? 'Next reminder' : 'First reminder'}: {timeWhen(next.at, today, clock, plan.timeZone)}.</>}
      </p>
      <NavLink to="today" class="button button--primary">{plan ? 'Open today’s plan' : 'Open Today'}</NavLink>
    </div>
    </>
  );
}
