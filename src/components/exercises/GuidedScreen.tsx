import { useEffect } from 'preact/hooks';
import { currentSet } from '../../domain/exercises';
import { guidedText } from '../../domain/i18n';
import { activeCarePlan } from '../../state/carePlan/carePlanState';
import { planToday } from '../../state/carePlan/carePlanDay';
import { endGuidedSession, guidedMessage, guidedSession, startGuidedSession } from '../../state/carePlan/guidedSessionActions';
import { keepScreenAwake, screenKeptAwake } from '../../state/carePlan/screenWakeLock';
import { loaded } from '../../state/hydration/hydrationSignals';
import { NavLink } from '../ui/NavLink';
import { GuidedControls } from './GuidedControls';
import { GuidedRest } from './GuidedRest';
import { GuidedSetView } from './GuidedSetView';
import { GuidedSummary } from './GuidedSummary';
import { useGuidedClock } from './useGuidedClock';
import '../ui/forms.css';
import '../carePlan/carePlan.css';
import './guided.css';

/**
 * Today's exercises one set at a time (rules in domain/exercises/guidedSession). Opening the screen
 * starts a sitting from today's checks; leaving it ends the sitting, and every set ticked on the way
 * has already been saved. The screen stays on while the sitting runs.
 */
export function GuidedScreen() {
  const t = guidedText();
  const record = activeCarePlan.value;
  const today = planToday.value;
  // Until storage has been read the checks are unknown, and the sitting would start from nothing.
  const ready = loaded.value && !!record && !!today;
  useEffect(() => {
    if (!ready) return;
    startGuidedSession();
    return endGuidedSession;
  }, [ready, record?.id]);
  const session = guidedSession.value;
  const running = !!session && session.phase.kind !== 'done';
  useEffect(() => (running ? keepScreenAwake() : undefined), [running]);
  const now = useGuidedClock(session);

  if (!loaded.value) return <p class="muted" role="status">{t.loading}</p>;
  if (!record || !today) {
    return (
      <section aria-labelledby="guided-title">
        <h1 id="guided-title" tabIndex={-1}>{t.noPlanTitle}</h1>
        <p>{t.noPlan}</p>
        <NavLink to="home" class="button">{t.backHome}</NavLink>
      </section>
    );
  }
  const { phase } = session ?? { phase: null };
  const set = session && currentSet(session);
  return (
    <section class="guided" aria-labelledby="guided-title">
      <h1 id="guided-title" tabIndex={-1}>{t.title}</h1>
      {phase?.kind === 'set' && set && <GuidedSetView set={set} hold={phase.hold} now={now} />}
      {phase?.kind === 'rest' && set && <GuidedRest next={set} rest={phase.rest} now={now} />}
      {phase?.kind === 'done' && session && <GuidedSummary session={session} plan={record.plan} today={today} />}
      {running && session && <GuidedControls session={session} />}
      {running && screenKeptAwake.value && <p class="muted">{t.screenStaysOn}</p>}
      <p role="status" class="visually-hidden">{guidedMessage.value}</p>
    </section>
  );
}
