import './reminders.css';
import { useState } from 'preact/hooks';
import { timeWhen } from '../../domain/time';
import { notificationPermission, turnOnReminders } from '../../state/reminders/notificationPermission';
import { pushState } from '../../state/reminders/pushState';
import { nextScheduledReminder } from '../../state/reminders/reminderRuntime';
import { now, settings } from '../../state/hydration/hydrationSignals';
import { CalendarExport } from './CalendarExport';
import { PushToggle } from './PushToggle';
import { ReminderControls } from './ReminderControls';

/** One plain sentence: where reminders come from on this phone, and what comes next. */
function statusLine(timeZone: string, today: string): string {
  if ((settings.value.remindersPausedUntil ?? 0) > now.value) return 'Reminders are paused until tomorrow.';
  const push = pushState.value;
  const roads = push === 'on'
    ? 'Reminders come while Aftercare is open or in the background on this phone, and also when it is closed.'
    : push === 'no-server' || push === 'unsupported'
      ? 'Reminders come while Aftercare is open or in the background on this phone. When it is closed, only your calendar can remind you.'
      : 'Reminders come while Aftercare is open or in the background on this phone.';
  const next = nextScheduledReminder.value;
  // "at 08:15 tomorrow": a time past bedtime belongs to the next waking day and says so.
  return next ? `${roads} Next: ${timeWhen(next.at, today, settings.value, timeZone)}. None come at night or in quiet hours.` : roads;
}

/** Turns reminders on, lets the client shape them, and says plainly how they arrive here. */
export function RemindersCard({ timeZone, today }: { timeZone: string; today: string }) {
  const permission = notificationPermission.value;
  const [asked, setAsked] = useState(false);
  return (
    <section class="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      {permission === 'needs-home-screen' && (
        <>
          <p>On iPhone and iPad, reminders only work once Aftercare is on your Home Screen:</p>
          <ol>
            <li>Tap the Share button in Safari.</li>
            <li>Choose “Add to Home Screen”.</li>
            <li>Open Aftercare from your Home Screen and turn reminders on there.</li>
          </ol>
        </>
      )}
      {permission === 'unsupported' && <p>This browser can’t show notifications. Add your plan to your calendar instead.</p>}
      {permission === 'default' && (
        <>
          <p>Get a nudge when it’s time for the next glass. Aftercare asks your browser for permission only when you tap.</p>
          <button type="button" class="button button--primary" onClick={() => void turnOnReminders().then(() => setAsked(true))}>
            Turn on reminders
          </button>
          {asked && <p role="status">No decision yet. Tap again whenever you’re ready.</p>}
        </>
      )}
      {permission === 'denied' && (
        <p role="status">Notifications are blocked for Aftercare. To get reminders, allow notifications for this site in your browser’s settings.</p>
      )}
      {permission === 'granted' && (
        <>
          <p role="status" class="reminders__status">{statusLine(timeZone, today)}</p>
          <ReminderControls />
          <PushToggle />
        </>
      )}
      <CalendarExport />
    </section>
  );
}
