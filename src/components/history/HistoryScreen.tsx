import '../hydration/today.css';
import { useEffect, useState } from 'preact/hooks';
import { historyText } from '../../domain/i18n';
import { MASSAGE_KINDS } from '../../domain/session';
import { addIsoDays as addDays, formatIsoDate } from '../../domain/time';
import { todayState } from '../../state/hydration/dayState';
import { recentDrinks, recentSessions } from '../../state/hydration/hydrationSignals';
import { loadHydrationHistory, type HydrationHistoryEntry } from '../../state/hydration/hydrationHistory';
import { store } from '../../state/data/storeState';
import { countOfGoalText, dayResultText, formatGlasses } from '../hydration/hydrationWording';

const kindOf = (id: string) => MASSAGE_KINDS.find((k) => k.id === id)?.label ?? id;

/** "Tue, Nov 3", with today, yesterday and tomorrow named as such. */
function dayTitle(day: string, today: string): string {
  const t = historyText();
  if (day === today) return t.today;
  if (day === addDays(today, -1)) return t.yesterday;
  if (day === addDays(today, 1)) return t.tomorrow;
  return formatIsoDate(day, 'short');
}

function HistoryDay({ entry, today }: { entry: HydrationHistoryEntry; today: string }) {
  const { day, plans, ownCounted, others, result } = entry;
  const sessions = plans.map((p) => kindOf(p.session.session.kind)).join(' + ');
  const counted = plans.reduce((sum, p) => sum + p.counted, 0) + ownCounted;
  const t = historyText();
  // The plural follows the number as shown (one decimal).
  const shown = Math.round(counted * 10) / 10;
  return (
    <li class="card" data-day={day}>
      <h2>{dayTitle(day, today)} · {sessions || t.noSession}</h2>
      <p class="muted">{day === today ? t.stillGoing : day > today ? t.planned : t.over}</p>
      {plans.length > 1 && <p>{t.sessions(plans.length, plans.map((p) => countOfGoalText(p.counted, p.goal)))}</p>}
      <p>{(result.kind === 'plan' ? t.planResult : t.waterResult)(dayResultText(result))}</p>
      <p>{t.drank(formatGlasses(counted), shown, others)}</p>
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
  const t = historyText();
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title" tabIndex={-1}>{t.title}</h1>
      {failed && <p class="error" role="alert">{t.readFailed}</p>}
      {rows === null && !failed && <p class="muted" role="status">{t.loading}</p>}
      {rows?.length === 0 && <p class="muted">{t.empty}</p>}
      <ul class="history-list">
        {rows?.map((entry) => <HistoryDay key={entry.day} entry={entry} today={today} />)}
      </ul>
    </section>
  );
}
