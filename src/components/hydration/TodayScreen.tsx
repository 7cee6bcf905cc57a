import './today.css';
import { planResult } from '../../domain/hydration';
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
import { formatGlasses, glassesText } from './hydrationWording';

/**
 * Today: how yesterday went once it is over, then today's plan (or tomorrow's after a late
 * session, or today's own log on a day without one), one-tap logging, today's drinks, what counts.
 */
export function TodayScreen() {
  if (!loaded.value) return <p class="muted" role="status">Loading your plan…</p>;
  const state = todayState.value;
  const { current, upcoming, today } = state;
  const todaysDrinks = recentDrinks.value.filter((d) => d.day === today || (current && d.sessionId === current.session.id));
  if (recentSessions.value.length === 0 && todaysDrinks.length === 0 && !state.yesterday) {
    return (
      <section aria-labelledby="today-title">
        <h1 id="today-title" tabIndex={-1}>No plan yet</h1>
        <p>Tell us about your massage and we'll turn your therapist's advice into a plan for the rest of the day.</p>
        <button type="button" class="button button--primary button--large" onClick={() => navigate('intake')}>
          Start after my massage
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
        <p class="muted">Today’s own log so far: {formatGlasses(state.own.counted)} of {glassesText(state.own.goal)}. Tomorrow’s plan starts at your wake time.</p>
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
