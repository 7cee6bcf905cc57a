import { useState } from 'preact/hooks';
import { calendarText } from '../../domain/i18n';
import { buildCalendarFile } from '../../state/reminders/calendarActions';

type Result = { ok: true; events: number; fileName: string } | { ok: false; problem: 'nothingLeft' | 'failed' };

/** The third road: the plan's reminders as calendar events with alarms, in a file the user opens. */
export function CalendarExport() {
  const t = calendarText();
  const [result, setResult] = useState<Result | null>(null);
  async function download() {
    try {
      const { ics, eventCount, fileName } = await buildCalendarFile();
      if (eventCount === 0) return setResult({ ok: false, problem: 'nothingLeft' });
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
      Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setResult({ ok: true, events: eventCount, fileName });
    } catch {
      setResult({ ok: false, problem: 'failed' });
    }
  }
  return (
    <div class="calendar-export">
      <button type="button" class="button" onClick={() => void download()}>{t.addToCalendar}</button>
      <div role="status">
        {result?.ok === false && <p>{t[result.problem]}</p>}
        {result?.ok && (
          <div class="notice notice--done">
            <p><strong>{t.eventsSaved(result.events)}</strong> {t.savedIn(result.fileName)}</p>
            <p>{t.howToOpen} {t.googleAlarmNote}</p>
          </div>
        )}
      </div>
    </div>
  );
}
