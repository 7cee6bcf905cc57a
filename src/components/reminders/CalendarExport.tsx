import { useState } from 'preact/hooks';
import { GOOGLE_CALENDAR_ALARM_NOTE } from '../../domain/calendar';
import { buildCalendarFile } from '../../state/reminders/calendarActions';

type Result = { ok: true; events: number; fileName: string } | { ok: false; message: string };

/** The third road: the plan's reminders as calendar events with alarms, in a file the user opens. */
export function CalendarExport() {
  const [result, setResult] = useState<Result | null>(null);
  async function download() {
    try {
      const { ics, eventCount, fileName } = await buildCalendarFile();
      if (eventCount === 0) return setResult({ ok: false, message: 'Nothing is left to add: every reminder of your plan is done or past.' });
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
      Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setResult({ ok: true, events: eventCount, fileName });
    } catch {
      setResult({ ok: false, message: 'The calendar file could not be made. Please try again.' });
    }
  }
  return (
    <div class="calendar-export">
      <button type="button" class="button" onClick={() => void download()}>Add to my calendar</button>
      <div role="status">
        {result?.ok === false && <p>{result.message}</p>}
        {result?.ok && (
          <div class="notice notice--done">
            <p><strong>{result.events} {result.events === 1 ? 'event' : 'events'} saved</strong> in “{result.fileName}”.</p>
            <p>
              To add them, open the file: tap it in your browser’s downloads (or in the Files app), then choose your calendar.
              Each event has an alarm. {GOOGLE_CALENDAR_ALARM_NOTE}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
