import { useEffect, useState } from 'preact/hooks';
import { pushRefusal, pushState, refreshPushState, turnOnPush } from '../../state/reminders/pushSync';
import { upcomingReminders } from '../../state/reminders/reminderRuntime';

/**
 * The closed-app road, offered only where this copy of Aftercare can give it. The status line
 * above already says whether it is on; this part only offers it, or says why it failed.
 */
export function PushToggle() {
  const state = pushState.value;
  const refusal = pushRefusal.value;
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (state === 'checking') void refreshPushState();
  }, [state]);
  const refused = refusal ? <p role="status">Reminders from the server are off: {refusal}</p> : null;
  if (state === 'refused') return refused;
  if (state === 'unreachable') {
    return <p role="status">Reminders when the app is closed couldn’t be set up just now. Try again later, or add your plan to your calendar.</p>;
  }
  if (state !== 'off') return null;
  return (
    <div class="reminders__push">
      {refused}
      <p class="muted">Only the times of your reminders leave this phone for that, never your health details.</p>
      <button type="button" class="button" disabled={busy} onClick={() => { setBusy(true); void upcomingReminders().then(turnOnPush).finally(() => setBusy(false)); }}>
        {busy ? 'Turning on…' : 'Also remind me when the app is closed'}
      </button>
    </div>
  );
}
