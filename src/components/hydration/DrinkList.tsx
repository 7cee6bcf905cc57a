import { BEVERAGES, formatVolume } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';
import { formatClockTime } from '../../domain/time';
import { glassMlNow } from '../../state/hydration/dayState';
import { deviceTimeZone } from '../../state/deviceTimeZone';
import { settings } from '../../state/hydration/hydrationSignals';
import type { DrinkRecord } from '../../domain/records';
import { DrinkRow } from './DrinkRow';

/** Today's drinks, newest first; each can be edited or deleted. */
export function DrinkList({ drinks }: { drinks: DrinkRecord[] }) {
  const list = [...drinks].reverse();
  const glassMl = glassMlNow.value;
  const t = waterText();
  return (
    <div class="card">
      <h2>{t.list.title}</h2>
      {list.length === 0 ? (
        <p class="muted">{t.list.empty(t.logger.plusOne)}</p>
      ) : (
        <ul class="drink-list">
          {list.map((drink) => (
            <DrinkRow
              key={drink.id}
              drink={drink}
              glassMl={glassMl}
              timeZone={deviceTimeZone()}
              describe={(d) => {
                const beverage = BEVERAGES.find((b) => b.id === d.beverage);
                return {
                  time: formatClockTime(d.at, deviceTimeZone()),
                  label: beverage?.label ?? d.beverage,
                  amount: formatVolume(d.volumeMl, settings.value.unit, glassMl),
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
