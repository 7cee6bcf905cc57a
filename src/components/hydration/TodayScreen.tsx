import './today.css';
import { activeSession, glassesCounted, loaded } from '../../state/hydration/hydrationState';
import { navigate } from '../../state/route';
import { DrinkList } from './DrinkList';
import { DrinkLogger } from './DrinkLogger';
import { DrinksGuide } from './DrinksGuide';
import { GoalCelebration } from './GoalCelebration';
import { HydrationPlanSummary } from './HydrationPlanSummary';
import { RemindersCard } from '../reminders/RemindersCard';
import { UndoBar } from '../ui/UndoBar';

/** "Your plan for today": progress, one-tap logging, today's drinks and what counts. */
export function TodayScreen() {
  const session = activeSession.value;
  if (!loaded.value) return <p class="muted" role="status">Loading your plan…</p>;
  if (!session) {
    return (
      <section aria-labelledby="today-title">
        <h1 id="today-title" tabIndex={-1}>No plan yet</h1>
        <p>Tell us about your massage and we'll turn your therapist's advice into a plan for the rest of the day.</p>
        <button type="button" class="button button--primary button--large" onClick={() => navigate('intake')}>
          Start after my massage
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="today-title">
      <HydrationPlanSummary session={session} />
      <GoalCelebration counted={glassesCounted.value} goal={session.plan.goalGlasses} />
      <DrinkLogger session={session} />
      <UndoBar />
      <DrinkList session={session} />
      <RemindersCard timeZone={session.plan.timeZone} />
      <DrinksGuide />
    </section>
  );
}
