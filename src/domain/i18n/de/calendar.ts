import type { CalendarMessages } from '../en/calendar';
import { pluralIn } from '../plural';

const plural = pluralIn('de');

export const calendar: CalendarMessages = {
  addToCalendar: 'Zu meinem Kalender hinzufügen',
  nothingLeft: 'Es gibt nichts mehr hinzuzufügen: Alle Erinnerungen Ihres Plans sind erledigt oder vorbei.',
  failed: 'Die Kalenderdatei konnte nicht erstellt werden. Bitte versuchen Sie es erneut.',
  eventsSaved: (n) => plural(n, { one: '# Ereignis gespeichert', other: '# Ereignisse gespeichert' }),
  savedIn: (fileName) => `in „${fileName}“.`,
  howToOpen: 'Öffnen Sie die Datei, um sie hinzuzufügen: Tippen Sie in den Downloads Ihres Browsers (oder in der App „Dateien“) darauf und wählen Sie dann Ihren Kalender. Jedes Ereignis hat einen Alarm.',
  googleAlarmNote: 'Google Kalender ignoriert die Erinnerungen in importierten Kalenderdateien. Richten Sie dort selbst eine Benachrichtigung ein oder nutzen Sie die Erinnerungen dieser App.',
  file: {
    water: (glass, goal) => `Ein Glas Wasser trinken (${glass} von ${goal})`,
    exercise: (name) => `Übung: ${name}`,
    appointment: (therapist) => `Termin bei ${therapist}`,
    dayBefore: (title) => `Morgen: ${title}`,
  },
};
