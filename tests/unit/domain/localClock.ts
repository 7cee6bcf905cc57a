/** Test-side wall-clock helpers, written with Intl only so they don't reuse the code under test. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** "2026-03-08 03:15" for an instant in a zone. */
export function localText(at: number, timeZone: string): string {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Minutes after local midnight. */
export function localMinutes(at: number, timeZone: string): number {
  const [hours, minutes] = localText(at, timeZone).slice(11).split(':').map(Number);
  return hours! * 60 + minutes!;
}

export function localDay(at: number, timeZone: string): string {
  return localText(at, timeZone).slice(0, 10);
}

export const utc = (iso: string): number => Date.parse(iso);
export const MINUTE = 60_000;
