/**
 * Reads an exported calendar with ical.js, a parser written independently of `ics`, so the tests
 * check what a calendar app would see rather than what our own code thinks it wrote.
 */
import ICAL from 'ical.js';

export interface ParsedAlarm {
  action: string;
  description: string;
  /** Seconds from the event's start; negative is before. */
  triggerSeconds: number;
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | undefined;
  sequence: number;
  start: InstanceType<typeof ICAL.Time>;
  rrule: string | undefined;
  alarms: ParsedAlarm[];
  event: InstanceType<typeof ICAL.Event>;
}

export interface ParsedCalendar {
  prodId: string;
  events: ParsedEvent[];
}

const text = (value: unknown) => (value === null || value === undefined ? undefined : String(value));

function readAlarm(alarm: InstanceType<typeof ICAL.Component>): ParsedAlarm {
  const trigger = alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>;
  return {
    action: String(alarm.getFirstPropertyValue('action')),
    description: String(alarm.getFirstPropertyValue('description')),
    triggerSeconds: trigger.toSeconds(),
  };
}

export function parseCalendar(ics: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: text(vevent.getFirstPropertyValue('description')),
      sequence: event.sequence,
      start: event.startDate,
      rrule: text(vevent.getFirstPropertyValue('rrule')),
      alarms: vevent.getAllSubcomponents('valarm').map(readAlarm),
      event,
    };
  });
  return { prodId: String(root.getFirstPropertyValue('prodid')), events };
}

/** Every occurrence of a recurring event as local 'YYYY-MM-DD HH:mm' (floating times read as written). */
export function occurrences(event: InstanceType<typeof ICAL.Event>, limit = 1000): string[] {
  const found: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && found.length < limit; next = iterator.next()) {
    const pad = (value: number) => String(value).padStart(2, '0');
    found.push(`${next.year}-${pad(next.month)}-${pad(next.day)} ${pad(next.hour)}:${pad(next.minute)}`);
  }
  return found;
}
