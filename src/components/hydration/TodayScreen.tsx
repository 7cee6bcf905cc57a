import './today.css';
import { planResult } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import { todayState } from '../../state/hydration/dayState';
import { loaded, recentDrinks, recentSessions } from '../../state/hydration/hydrationSignals';
import { deviceTimeZone } from '../../state/deviceTimeZone';
import { navigate } from '../../state/route';
import { DrinkList } from './DrinkList';
import { DrinkLogger } from './DrinkLogger';
import { DrinksGuide } from './DrinksGuide';
import { EarlierPlans, EverydaySummary, YesterdayLine } from './DayWaterParts';
import { GoalCelebration } from './GoalCelebration';
import { HydrationPlanSummary } from './HydrationPlanSummary';
import { HeldReminders } from '../reminders/HeldReminders';
import { RemindersCard } from '../reminders/RemindersCard';
import { everydayRemindersOn } from '../../state/reminders/everydayReminders';
import { UndoBar } from '../ui/UndoBar';
import { formatGlasses } from './hydrationWording';

/**
 * Today: how yesterday went once it is over, then today's plan (or tomorrow's after a late
 * session, or today's own log on a day without one), one-tap logging, today's drinks, what counts.
 */
export function TodayScreen() {
  const t = waterText().today;
  if (!loaded.value) return <p class="muted" role="status">{t.loading}</p>;
  const state = todayState.value;
  const { current, upcoming, today } = state;
  const todaysDrinks = recentDrinks.value.filter((d) => d.day === today || (current && d.sessionId === current.session.id));
  if (recentSessions.value.length === 0 && todaysDrinks.length === 0 && !state.yesterday) {
    return (
      <section aria-labelledby="today-title">
        <h1 id="today-title" tabIndex={-1}>{t.noPlan}</h1>
        <p>{t.noPlanIntro}</p>
        <button type="button" class="button button--primary button--large" onClick={() => navigate('intake')}>
          {t.start}
        </button>
        <DrinkLogger />
        {/* Even with nothing logged, a day without a session can have water reminders if asked for. */}
        <RemindersCard timeZone={deviceTimeZone()} today={today} />
      </section>
    );
  }
  const shown = current ?? (upcoming && planResult(upcoming, []));
  const next = current ? state.nextReminder : upcoming?.plan.reminders[0];
  return (
    <section aria-labelledby="today-title">
      <YesterdayLine result={state.yesterday} />
      <HeldReminders />
      {shown ? <HydrationPlanSummary result={shown} today={today} next={next} /> : <EverydaySummary counted={state.own.counted} goal={state.own.goal} asked={everydayRemindersOn(today) !== undefined} />}
      <EarlierPlans plans={state.earlier} />
      {!current && upcoming && state.own.counted > 0 && (
        <p class="muted">{t.ownLogSoFar(formatGlasses(state.own.counted), state.own.goal)}</p>
      )}
      {current ? <GoalCelebration counted={current.counted} goal={current.goal} /> : !upcoming && <GoalCelebration counted={state.own.counted} goal={state.own.goal} />}
      <DrinkLogger />
      <UndoBar />
      <DrinkList drinks={todaysDrinks} />
      <RemindersCard timeZone={shown?.session.plan.timeZone ?? deviceTimeZone()} today={today} />
      <DrinksGuide />
    </section>
  );
}
