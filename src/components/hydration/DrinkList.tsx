import { BEVERAGES, formatVolume } from '../../domain/hydration';
import { formatClockTime } from '../../domain/time';
import { drinks, settings } from '../../state/hydration/hydrationState';
import type { SessionRecord } from '../../domain/records';
import { DrinkRow } from './DrinkRow';

/** Today's drinks, newest first; each can be edited or deleted. */
export function DrinkList({ session }: { session: SessionRecord }) {
  const list = [...drinks.value].reverse();
  return (
    <div class="card">
      <h2>Today's drinks</h2>
      {list.length === 0 ? (
        <p class="muted">Nothing logged yet. Tap “+1 glass of water” after each glass.</p>
      ) : (
        <ul class="drink-list">
          {list.map((drink) => (
            <DrinkRow
              key={drink.id}
              drink={drink}
              glassMl={session.glassMl}
              describe={(d) => {
                const beverage = BEVERAGES.find((b) => b.id === d.beverage);
                return {
                  time: formatClockTime(d.at, session.plan.timeZone),
                  label: beverage?.label ?? d.beverage,
                  amount: formatVolume(d.volumeMl, settings.value.unit, session.glassMl),
                  counts: beverage?.counts ?? false,
                };
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
