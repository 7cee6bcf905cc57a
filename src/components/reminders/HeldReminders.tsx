import { remindersText } from '../../domain/i18n';
import { formatClockTime } from '../../domain/time';
import { deviceTimeZone } from '../../state/deviceTimeZone';
import { heldReminders } from '../../state/reminders/heldReminders';

/**
 * Reminders that fell due at night or in quiet hours: shown here instead of popping up, and as a
 * notification when the rest is over, if they still matter then.
 */
export function HeldReminders() {
  const held = heldReminders.value;
  if (held.length === 0) return null;
  const zone = deviceTimeZone();
  const t = remindersText();
  return (
    <div class="card held-reminders" role="status">
      <p><strong>{t.heldTitle}</strong> {t.heldNote}</p>
      <ul>{held.map((r) => <li key={r.id}>{t.heldItem(r.title, formatClockTime(r.at, zone))}</li>)}</ul>
    </div>
  );
}
