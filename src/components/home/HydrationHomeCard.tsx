import '../ui/shared.css';
import { waterText } from '../../domain/i18n';
import { timeWhen } from '../../domain/time';
import { todayState } from '../../state/hydration/dayState';
import { settings } from '../../state/hydration/hydrationSignals';
import { NavLink } from '../ui/NavLink';
import { HeldReminders } from '../reminders/HeldReminders';
import { dayResultText, formatGlasses, progressSentence, targetSentence } from '../hydration/hydrationWording';

/**
 * Today's water on Home, in the same words and numbers as Today: the running plan (or tomorrow's),
 * else today's own log, and how yesterday went. Loaded after the first screen (it needs the day model).
 */
export function HydrationHomeCard() {
  const { current, upcoming, own, yesterday, today, nextReminder } = todayState.value;
  const clock = settings.value;
  if (!current && !upcoming && own.counted === 0 && !yesterday) return <HeldReminders />;
  const t = waterText();
  const plan = current?.session.plan ?? upcoming?.plan;
  const next = current ? nextReminder : upcoming?.plan.reminders[0];
  return (
    <>
    <HeldReminders />
    <div class="card hydration-home">
      {yesterday && <p class="day-result" data-day="yesterday">{t.today.yesterday(dayResultText(yesterday))}</p>}
      <p class="hydration-home__today">
        {current && plan && <><strong>{plan.day < today ? t.home.yesterdaysPlan : t.home.todaysPlan}</strong> {progressSentence(current.counted, plan, today, clock)}.</>}
        {!current && upcoming && plan && <><strong>{t.home.tomorrowsPlan}</strong> {targetSentence(plan, today, clock)}.</>}
        {!current && !upcoming && <><strong>{t.home.today}</strong> {t.home.everyday(formatGlasses(own.counted), own.goal)}</>}
        {plan && next && !current?.met && <> {(current ? t.summary.nextReminder : t.summary.firstReminder)(timeWhen(next.at, today, clock, plan.timeZone))}.</>}
      </p>
      <NavLink to="today" class="button button--primary">{plan ? t.home.openPlan : t.home.openToday}</NavLink>
    </div>
    </>
  );
}
