import type { SettingsMessages } from '../en/settings';
import { formatList, formatNumber, pluralIn } from '../plural';

const plural = pluralIn('de');
const hours = (n: number) => plural(n, { one: '# Stunde', other: '# Stunden' });
const minutes = (n: number) => plural(n, { one: '# Minute', other: '# Minuten' });

export const settings: SettingsMessages = {
  title: 'Einstellungen',
  yourDay: 'Ihr Tag',
  wakeTime: 'Aufstehzeit',
  bedtime: 'Schlafenszeit',
  bedtimeHint: 'Zwischen Schlafenszeit und Aufstehzeit kommen keine Erinnerungen.',
  quietLegend: 'Ruhezeiten am Tag',
  quietToggle: 'Keine Erinnerungen während einer Ruhezeit',
  quietFrom: 'Von',
  quietUntil: 'Bis',
  glassesAndUnits: 'Gläser und Einheiten',
  glassSize: 'Glasgröße (ml)',
  glassSizeHint: 'Ein normales Glas fasst 250 ml (etwa 8 fl oz).',
  unit: 'Einheit für Mengen',
  units: { glass: 'Gläser', ml: 'Milliliter (ml)', floz: 'Flüssigunzen (fl oz)' },
  goodDaily: 'Gute Tagesmenge (Gläser)',
  goodDailyHint: 'Wenn Sie gewöhnlich mindestens so viel trinken, reichen nach einer Sitzung 2–3 Gläser zusätzlich.',
  save: 'Einstellungen speichern',
  saved: 'Einstellungen gespeichert. Neue Pläne verwenden sie; bestehende Pläne behalten ihre Zeiten.',
  notSaved: 'Die Einstellungen wurden nicht gespeichert. Bitte versuchen Sie es erneut.',
  check: {
    wakeTime: 'Geben Sie eine Aufstehzeit wie 07:00 ein.',
    bedtime: 'Geben Sie eine Schlafenszeit wie 22:30 ein.',
    quietHoursList: 'Ruhezeiten müssen eine Liste von Zeiträumen sein.',
    quietPeriodTimes: 'Ruhezeit {quietHours} braucht eine Anfangs- und eine Endzeit wie 12:30.',
    quietPeriodOrder: 'Ruhezeit {quietHours} muss anfangen, bevor sie endet.',
    glassMl: (min, max) => `Ein Glas muss zwischen ${formatNumber(min, 'de')} und ${formatNumber(max, 'de')} ml fassen.`,
    unit: 'Wählen Sie ml, fl oz oder Gläser.',
    goodDailyGlasses: (min, max) => `Eine gute Tagesmenge muss zwischen ${min} und ${max} Gläsern liegen.`,
    waterReminders: 'Trinkerinnerungen sind entweder an oder aus.',
    reminderSpacing: (choices) =>
      `Wählen Sie Erinnerungen alle ${formatList(choices.map(String), 'de', 'disjunction')} Minuten oder über den Tag verteilt.`,
    pausedUntil: 'Die Pause hat kein gültiges Ende.',
    exerciseTimes: 'Geben Sie jede Übungszeit wie 08:30 ein.',
    exerciseTimesOrder: 'Bringen Sie die Übungszeiten in ihre Reihenfolge, jede später als die vorige.',
    exerciseTimesInDay: 'Übungszeiten müssen zwischen Ihrer Aufstehzeit und Ihrer Schlafenszeit liegen.',
    sameTimes: 'Schlafenszeit und Aufstehzeit müssen verschieden sein.',
    dayTooShort: (minHours) => `Die Schlafenszeit muss mindestens ${hours(minHours)} nach der Aufstehzeit liegen.`,
    quietOutsideDay: (period) => `Ruhezeit ${period} muss zwischen Ihrer Aufstehzeit und Ihrer Schlafenszeit liegen.`,
    quietBackwards: (period) => `Ruhezeit ${period} muss anfangen, bevor sie endet.`,
    quietNoRoom: (need, from, to) =>
      `Die Ruhezeiten lassen zu wenig Zeit für Trinkerinnerungen: Halten Sie zwischen ${from} und ${to} Uhr mindestens ${need} frei.`,
    dayNoRoom: (need, from, to) =>
      `Zwischen Aufstehzeit und Schlafenszeit bleibt zu wenig Zeit für Trinkerinnerungen: Zwischen ${from} und ${to} Uhr werden ${need} gebraucht.`,
    duration: (h, m) => (h && m ? `${hours(h)} ${minutes(m)}` : h ? hours(h) : minutes(m)),
  },
};
