import { useState } from 'preact/hooks';
import { timeWhen } from '../../domain/time';
import { settings } from '../../state/hydration/hydrationSignals';
import { notificationPermission, turnOnReminders } from '../../state/reminders/notificationPermission';
import { nextScheduledReminder } from '../../state/reminders/reminderRuntime';
import { CalendarExport } from './CalendarExport';
import { PushToggle } from './PushToggle';

/** Turns reminders on, and says honestly which roads they can take on this phone. */
export function RemindersCard({ timeZone, today }: { timeZone: string; today: string }) {
  const permission = notificationPermission.value;
  const [asked, setAsked] = useState(false);
  const next = nextScheduledReminder.value;

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
        <p role="status">
          Reminders are on while Aftercare is open or in the background
          {next ? `; the next one is at ${timeWhen(next.at, today, settings.value, timeZone)}` : ''}. Missed ones are summed up when you come back; none come at night or in quiet hours.
        </p>
      )}
      {permission === 'granted' && <PushToggle />}
      <CalendarExport />
    </section>
  );
}
