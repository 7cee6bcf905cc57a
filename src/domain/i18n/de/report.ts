import type { ReportMessages } from '../en/report';
import { pluralIn } from '../plural';

const plural = pluralIn('de');
const p = (n: number, one: string, other: string) => plural(n, { one, other });

export const report: ReportMessages = {
  view: {
    cantOpen: 'Dieser Bericht lässt sich nicht öffnen',
    title: (client) => (client ? `Fortschritt von ${client}` : 'Fortschrittsbericht'),
    lead: (client, therapist, dates) =>
      client ? `${client}, mit dem Nachsorgeplan von ${therapist}: ${dates}.` : `Mit dem Nachsorgeplan von ${therapist}: ${dates}.`,
    range: (from, to) => `${from} bis ${to}`,
    sent: (day) => `Gesendet am ${day}. Nur zum Lesen; Zahlen so, wie sie eingetragen wurden.`,
    unverified:
      'Dieser Link stammt aus einer älteren Version von Aftercare, daher lässt sich nicht prüfen, ob er beschädigt ist. Wenn etwas nicht stimmt, bitten Sie um erneutes Senden.',
    calm: 'Keine Blutergüsse, kein Taubheitsgefühl und kein Schwindel gemeldet.',
    flaggedTitle: 'Gemeldete Beschwerden',
    reported: (flags) => `Gemeldet: ${flags}.`,
    flaggedOn: (day, flags) => `${day}: ${flags}`,
    flags: { bruising: 'Blutergüsse', numbness: 'Taubheitsgefühl oder Kribbeln', lightHeaded: 'Schwindel' },
    exercises: 'Übungen für zu Hause',
    ofSets: (percent) => `${percent} der Sätze`,
    noneDue: 'Keine fällig',
    waterGoal: 'Trinkziel',
    daysMet: (met, days) => `${met} von ${p(days, '# Tag', '# Tagen')}`,
    nothingLogged: 'Nichts eingetragen',
    checkIns: 'Rückmeldungen',
    answered: (n) => `${n} beantwortet`,
    water: 'Trinken',
    waterMet: (met, days) => `Ziel erreicht an ${met} von ${p(days, '# Tag', '# Tagen')}.`,
    weekOneStarts: (date) => `Woche 1 beginnt am Tag der Sitzung, ${date}.`,
    perWeek: 'Erledigte Sätze pro Woche',
    week: 'Woche',
    setsDone: 'Erledigte Sätze',
    share: 'Anteil',
    weekNumber: (n) => `Woche ${n}`,
    doneOf: (done, expected) => `${done} von ${expected}`,
    eachExercise: 'Jede Übung',
    exerciseFigure: (done, expected, percent) => `${done} von ${p(expected, '# Satz', '# Sätzen')} · ${percent}`,
  },
  text: {
    heading: (therapist) => `Fortschritt mit meinem Nachsorgeplan von ${therapist}`,
    fromClient: (client) => `Von ${client}.`,
    span: (from, to) => `Von der Sitzung am ${from} bis ${to}.`,
    sets: (done, expected, percent) => `${done} von ${p(expected, '# Satz', '# Sätzen')} (${percent})`,
    noExercisesDue: 'Übungen für zu Hause: keine fällig.',
    exercisesDone: (sets) => `Übungen für zu Hause: ${sets} erledigt.`,
    week: (week, from, sets) => `- Woche ${week} (ab ${from}): ${sets}`,
    noCheckIns: 'Rückmeldungen: noch keine beantwortet.',
    checkInsHeading: 'Rückmeldungen (Werte 0–10; beim Schlaf ist 10 am besten):',
    checkIn: (date, when, scores, noticed) => `- ${date}, ${when}: ${scores || 'keine Werte'}${noticed ? `; bemerkt: ${noticed}` : ''}`,
    weekly: (week) => `Woche ${week}`,
    kinds: {
      baseline: 'beim Speichern des Plans',
      'after-24h': 'etwa 24 Stunden nach der Sitzung',
      'after-48h': 'etwa 48 Stunden nach der Sitzung',
      weekly: 'wöchentlich',
    },
    score: (name, value) => `${name} ${value}`,
    scores: { soreness: 'Muskelkater', pain: 'Schmerz', stiffness: 'Steifheit', sleep: 'Schlaf' },
    flags: { bruising: 'Blutergüsse', numbness: 'Taubheitsgefühl', lightHeaded: 'Schwindel' },
    noWater: 'Trinken: nichts eingetragen.',
    water: (met, days) => `Trinken: Ziel erreicht an ${met} von ${p(days, '# Tag', '# Tagen')}.`,
  },
  // Labels: the checks' sentences put them before a colon.
  fields: {
    exerciseName: 'Name einer Übung',
    therapistName: 'Name der Therapeutin oder des Therapeuten',
    date: 'Datum des Berichts',
    clientName: 'Name der Kundin oder des Kunden',
  },
  problems: {
    notReport: 'Das ist kein Fortschrittsbericht von Aftercare.',
    weeks: 'Die wöchentlichen Übungszahlen sind ungültig.',
    checkIns: 'Die Antworten der Rückmeldungen sind ungültig.',
    water: 'Die Trinkzahlen sind ungültig.',
    dates: 'Die Daten des Berichts sind ungültig.',
    exercises: 'Die Übungszahlen sind ungültig.',
    timeZone: 'Die Zeitzone des Berichts fehlt oder ist diesem Gerät unbekannt.',
  },
};
