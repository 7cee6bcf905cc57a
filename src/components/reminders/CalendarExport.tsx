import { useState } from 'preact/hooks';
import { GOOGLE_CALENDAR_ALARM_NOTE } from '../../domain/calendar';
import { buildCalendarFile } from '../../state/reminders/calendarActions';

/** The third road: the plan's reminders as calendar events with alarms, in a file the user opens. */
export function CalendarExport() {
  const [status, setStatus] = useState('');
  async function download() {
    try {
      const { ics, eventCount, fileName } = await buildCalendarFile();
      if (eventCount === 0) return setStatus('Nothing is left to add: every reminder of your plan is done or past.');
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
      Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(`${eventCount} ${eventCount === 1 ? 'event' : 'events'} saved. Open the file to add them to your calendar.`);
    } catch {
      setStatus('The calendar file could not be made. Please try again.');
    }
  }
  return (
    <div>
      <button type="button" class="button" onClick={() => void download()}>Add to my calendar</button>
      <p class="muted">{GOOGLE_CALENDAR_ALARM_NOTE}</p>
      <p role="status">{status}</p>
    </div>
  );
}
