import '../hydration/today.css';
import { useEffect, useState } from 'preact/hooks';
import { MASSAGE_KINDS } from '../../domain/session';
import { formatDayLabel } from '../../domain/time';
import { activeSession, drinks } from '../../state/hydration/hydrationState';
import { isPlanCurrent } from '../../domain/hydration';
import { loadHydrationHistory, type HydrationHistoryEntry } from '../../state/hydration/hydrationHistory';
import { store } from '../../state/data/storeState';
import type { SessionRecord } from '../../domain/records';
import { formatGlasses } from '../hydration/hydrationWording';
import { targetSentence } from '../hydration/hydrationWording';

/** A plan is archived (kept, never deleted) once its window and the night after it are over. */
function isArchived(session: SessionRecord, now: number): boolean {
  return !isPlanCurrent(session.plan, now);
}

/** Past sessions, newest first, with their goal and what was drunk. */
export function HistoryScreen() {
  const [rows, setRows] = useState<HydrationHistoryEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  // Re-read when today's drinks or the active plan change, so the list never lags behind.
  const version = `${activeSession.value?.id}:${drinks.value.length}`;
  useEffect(() => {
    loadHydrationHistory().then(setRows, () => setFailed(true));
  }, [version, store.value]);
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title" tabIndex={-1}>History</h1>
      {failed && <p class="error" role="alert">History could not be read just now.</p>}
      {rows === null && !failed && <p class="muted" role="status">Loading…</p>}
      {rows?.length === 0 && <p class="muted">No sessions yet. Your past sessions will be listed here.</p>}
      <ul class="history-list">
        {rows?.map(({ session, counted, others }) => {
          const kind = MASSAGE_KINDS.find((k) => k.id === session.session.kind)?.label ?? session.session.kind;
          return (
            <li key={session.id} class="card">
              <h2>{formatDayLabel(session.session.endedAt, session.plan.timeZone)} · {kind}</h2>
              <p class="muted">{isArchived(session, Date.now()) ? 'Archived — this plan’s aftercare window has ended.' : 'Current plan'}</p>
              <p>Goal: {targetSentence(session.plan)} (aim {session.plan.goalGlasses})</p>
              <p>
                Drank {formatGlasses(counted)} {counted === 1 ? 'glass' : 'glasses'} that count
                {others > 0 ? `, plus ${others} other ${others === 1 ? 'drink' : 'drinks'} that don't` : ''}.
                {counted >= session.plan.goalGlasses ? ' Goal reached.' : ''}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
