import type { GuidedMessages } from '../en/guided';
import { pluralIn } from '../plural';

const plural = pluralIn('de');
const SIDE = { left: 'linke', right: 'rechte' } as const;

export const guided: GuidedMessages = {
  title: 'Geführte Übungen',
  loading: 'Ihr Plan wird geladen …',
  noPlanTitle: 'Keine Übungen zum Anleiten',
  noPlan: 'Der Plan Ihrer Praxis ist noch nicht auf diesem Handy.',
  backHome: 'Zurück zu Aftercare',
  screenStaysOn: 'Der Bildschirm bleibt an, bis Sie fertig sind oder aufhören.',

  setOf: (set, sets) => `Satz ${set} von ${sets}`,
  side: { left: 'Linke Seite', right: 'Rechte Seite' },
  reps: (reps) => plural(reps, { one: '# Wiederholung', other: '# Wiederholungen' }),
  holdFor: (seconds) => `${seconds} s halten`,
  cautions: 'Vorsichtshinweise',
  hold: 'Halten',
  rest: 'Ruhepause',
  paused: 'Angehalten',
  secondsLeft: (what, seconds) => plural(seconds, { one: `${what}: noch # Sekunde`, other: `${what}: noch # Sekunden` }),
  next: (next) => `Als Nächstes: ${next}`,

  pause: 'Anhalten',
  resume: 'Weiter',
  startHold: (seconds, side) =>
    side === undefined ? `Start: ${seconds} s halten` : `Start: ${seconds} s halten (${SIDE[side]} Seite)`,
  leftSideDone: 'Linke Seite fertig',
  setDone: 'Satz fertig',
  skipRest: 'Ruhepause überspringen',
  skipSet: 'Diesen Satz überspringen',
  skipExercise: (name) => `${name} überspringen`,
  stop: 'Für jetzt aufhören',
  cuesLegend: 'Am Ende einer Halte- oder Ruhepause',
  beep: 'Piepton',
  vibrate: 'Vibration',

  wellDone: 'Gut gemacht',
  nothingLeft: 'Nichts mehr zu tun',
  setsDoneToday: 'Heute erledigte Sätze:',
  exerciseSets: (name, done, expected) => plural(expected, { one: `${name}: ${done} von # Satz`, other: `${name}: ${done} von # Sätzen` }),
  doneForToday: 'Für heute erledigt',
  everySetDone: 'Alle Sätze sind abgehakt.',
  restIsForLater: 'Die übrigen Sätze von heute sind für später. Kommen Sie wieder, wenn der nächste Durchgang dran ist.',
  nextRoundNow: 'Nächsten Durchgang jetzt starten',
  backToExercises: 'Zurück zu den heutigen Übungen',

  describeSet: (name, round, set, sets, side) =>
    `${name}, ${round ? `${round}, ` : ''}Satz ${set} von ${sets}${side ? `, ${SIDE[side]} Seite` : ''}`,
  cues: {
    'hold-complete': 'Halten beendet.',
    'side-done': 'Diese Seite ist fertig.',
    'set-done': 'Satz fertig.',
    'rest-over': 'Ruhepause vorbei.',
    skipped: 'Übersprungen.',
    paused: 'Angehalten.',
    resumed: 'Es geht weiter.',
  },
  sittingDone: 'Das ist alles für diese Einheit.',
  restThenNext: (seconds, next) => `${seconds} Sekunden Ruhepause. Als Nächstes: ${next}.`,
  nowDoing: (set) => `${set}.`,
};
