import { useEffect, useState } from 'preact/hooks';
import { pushRefusal, pushState, refreshPushState, turnOnPush } from '../../state/reminders/pushSync';
import { upcomingReminders } from '../../state/reminders/reminderRuntime';

const STATUS: Record<string, string> = {
  checking: '',
  'no-server': 'When the app is closed: this copy of Aftercare runs without a reminder server, so reminders come only while it is open or in the background. Add your plan to your calendar for the rest.',
  unsupported: 'When the app is closed: this browser can’t receive push reminders. Add your plan to your calendar instead.',
  on: 'When the app is closed: the reminder server sends your reminders. It knows only their times, never your health details.',
  unreachable: 'This browser couldn’t reach its push service just now, so reminders come only while Aftercare is open. You can try again later, or use your calendar.',
};

/** The second road: push from the optional server, offered only where it can work. */
export function PushToggle() {
  const state = pushState.value;
  const refusal = pushRefusal.value;
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (state === 'checking') void refreshPushState();
  }, [state]);
  const refused = refusal ? <p role="status">Reminders from the server are off: {refusal}</p> : null;
  if (state === 'refused') return refused;
  if (state === 'off') {
    return (
      <div>
        {refused}
        <p>Also get reminders when Aftercare is closed? The reminder server would get only the times of your reminders.</p>
        <button type="button" class="button" disabled={busy} onClick={() => { setBusy(true); void upcomingReminders().then(turnOnPush).finally(() => setBusy(false)); }}>
          {busy ? 'Turning on…' : 'Remind me when the app is closed'}
        </button>
      </div>
    );
  }
  return STATUS[state] ? <p role="status">{STATUS[state]}</p> : null;
}
