import { useEffect, useState } from 'preact/hooks';
import { remindersText } from '../../domain/i18n';
import { pushRefusal, pushState, refreshPushState, turnOnPush } from '../../state/reminders/pushSync';
import { upcomingReminders } from '../../state/reminders/reminderRuntime';

/**
 * The closed-app road, offered only where this copy of Aftercare can give it. The status line
 * above already says whether it is on; this part only offers it, or says why it failed.
 */
export function PushToggle() {
  const t = remindersText();
  const state = pushState.value;
  const refusal = pushRefusal.value;
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (state === 'checking') void refreshPushState();
  }, [state]);
  const refused = refusal ? <p role="status">{t.pushRefused[refusal]}</p> : null;
  if (state === 'refused') return refused;
  if (state === 'unreachable') {
    return <p role="status">{t.pushUnreachable}</p>;
  }
  if (state !== 'off') return null;
  return (
    <div class="reminders__push">
      {refused}
      <p class="muted">{t.pushPrivacy}</p>
      <button type="button" class="button" disabled={busy} onClick={() => { setBusy(true); void upcomingReminders().then(turnOnPush).finally(() => setBusy(false)); }}>
        {busy ? t.pushTurningOn : t.pushTurnOn}
      </button>
    </div>
  );
}
