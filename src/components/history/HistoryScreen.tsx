import '../hydration/today.css';
import { useEffect, useState } from 'preact/hooks';
import { MASSAGE_KINDS } from '../../domain/session';
import { dayWord } from '../../domain/time';
import { todayState } from '../../state/hydration/dayState';
import { recentDrinks, recentSessions } from '../../state/hydration/hydrationSignals';
import { loadHydrationHistory, type HydrationHistoryEntry } from '../../state/hydration/hydrationHistory';
import { store } from '../../state/data/storeState';
import { dayResultText, formatGlasses, glassesText } from '../hydration/hydrationWording';

const kindOf = (id: string) => MASSAGE_KINDS.find((k) => k.id === id)?.label ?? id;

/** "Tue 3 Nov", with today and yesterday named as such. */
function dayTitle(day: string, today: string): string {
  const word = dayWord(day, today);
  return word.startsWith('on ') ? word.slice(3) : word[0]!.toUpperCase() + word.slice(1);
}

function HistoryDay({ entry, today }: { entry: HydrationHistoryEntry; today: string }) {
  const { day, plans, ownCounted, others, result } = entry;
  const sessions = plans.map((p) => kindOf(p.session.session.kind)).join(' + ');
  const counted = plans.reduce((sum, p) => sum + p.counted, 0) + ownCounted;
  return (
    <li class="card" data-day={day}>
      <h2>{dayTitle(day, today)} · {sessions || 'No session'}</h2>
      <p class="muted">{day === today ? 'Today, still going.' : day > today ? 'Planned: starts at your wake time.' : 'This day is over.'}</p>
      {plans.length > 1 && <p>{plans.length} sessions: {plans.map((p) => `${formatGlasses(p.counted)} of ${glassesText(p.goal)}`).join(', then ')}.</p>}
      <p>{result.kind === 'plan' ? 'Plan' : 'Water'}: {dayResultText(result)}.</p>
      <p>
        Drank {formatGlasses(counted)} {counted === 1 ? 'glass' : 'glasses'} that count
        {others > 0 ? `, plus ${others} other ${others === 1 ? 'drink' : 'drinks'} that don't` : ''}.
      </p>
    </li>
  );
}

/** Each day once, newest first: its plan's goal (or the everyday amount) and what was drunk that day. */
export function HistoryScreen() {
  const [rows, setRows] = useState<HydrationHistoryEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  // Re-read when drinks or plans change, so the list never lags behind.
  const version = `${recentSessions.value.length}:${recentDrinks.value.length}:${recentDrinks.value.map((d) => d.volumeMl).join()}`;
  useEffect(() => {
    loadHydrationHistory().then(setRows, () => setFailed(true));
  }, [version, store.value]);
  const today = todayState.value.today;
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title" tabIndex={-1}>History</h1>
      {failed && <p class="error" role="alert">History could not be read just now.</p>}
      {rows === null && !failed && <p class="muted" role="status">Loading…</p>}
      {rows?.length === 0 && <p class="muted">No sessions yet. Your past sessions will be listed here.</p>}
      <ul class="history-list">
        {rows?.map((entry) => <HistoryDay key={entry.day} entry={entry} today={today} />)}
      </ul>
    </section>
  );
}
