import './reminders.css';
import { useState } from 'preact/hooks';
import { remindersText } from '../../domain/i18n';
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
  const t = remindersText();
  if ((settings.value.remindersPausedUntil ?? 0) > now.value) return t.paused;
  const push = pushState.value;
  const roads = push === 'on' ? t.roads.withPush : push === 'no-server' || push === 'unsupported' ? t.roads.calendarOnly : t.roads.pageOnly;
  const next = nextScheduledReminder.value;
  // "at 08:15 tomorrow": a time past bedtime belongs to the next waking day and says so.
  return next ? `${roads} ${t.next(timeWhen(next.at, today, settings.value, timeZone))}` : roads;
}

/** Turns reminders on, lets the client shape them, and says plainly how they arrive here. */
export function RemindersCard({ timeZone, today }: { timeZone: string; today: string }) {
  const t = remindersText();
  const permission = notificationPermission.value;
  const [asked, setAsked] = useState(false);
  return (
    <section class="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t.title}</h2>
      {permission === 'needs-home-screen' && (
        <>
          <p>{t.homeScreenFirst}</p>
          <ol>{t.homeScreenSteps.map((step) => <li key={step}>{step}</li>)}</ol>
        </>
      )}
      {permission === 'unsupported' && <p>{t.unsupported}</p>}
      {permission === 'default' && (
        <>
          <p>{t.offer}</p>
          <button type="button" class="button button--primary" onClick={() => void turnOnReminders().then(() => setAsked(true))}>
            {t.turnOn}
          </button>
          {asked && <p role="status">{t.noDecision}</p>}
        </>
      )}
      {permission === 'denied' && (
        <p role="status">{t.blocked}</p>
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
