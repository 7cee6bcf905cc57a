import type { GuidedMessages } from '../en/guided';
import { pluralIn } from '../plural';

const plural = pluralIn('es');
const SIDE = { left: 'izquierdo', right: 'derecho' } as const;
/** A round's label inside a sentence: "Por la mañana" reads "por la mañana" after a comma. */
const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase('es') + label.slice(1);

export const guided: GuidedMessages = {
  title: 'Ejercicios guiados',
  loading: 'Cargando tu plan…',
  noPlanTitle: 'No hay ejercicios que guiar',
  noPlan: 'El plan de tu terapeuta aún no está en este teléfono.',
  backHome: 'Volver a Aftercare',
  screenStaysOn: 'La pantalla seguirá encendida hasta que termines o pares.',

  setOf: (set, sets) => `Serie ${set} de ${sets}`,
  side: { left: 'Lado izquierdo', right: 'Lado derecho' },
  reps: (reps) => plural(reps, { one: '# repetición', other: '# repeticiones' }),
  holdFor: (seconds) => `Mantener ${seconds} s`,
  cautions: 'Precauciones',
  hold: 'Mantener',
  rest: 'Descanso',
  paused: 'En pausa',
  secondsLeft: (what, seconds) => plural(seconds, { one: `${what}: queda # segundo`, other: `${what}: quedan # segundos` }),
  next: (next) => `Siguiente: ${next}`,

  pause: 'Pausa',
  resume: 'Seguir',
  startHold: (seconds, side) =>
    side === undefined ? `Empezar a mantener ${seconds} s` : `Empezar a mantener ${seconds} s (lado ${SIDE[side]})`,
  leftSideDone: 'Lado izquierdo hecho',
  setDone: 'Serie hecha',
  skipRest: 'Saltar el descanso',
  skipSet: 'Saltar esta serie',
  skipExercise: (name) => `Saltar ${name}`,
  stop: 'Parar por ahora',
  cuesLegend: 'Cuando termine una postura o un descanso',
  beep: 'Pitido',
  vibrate: 'Vibrar',

  wellDone: 'Muy bien',
  nothingLeft: 'No queda nada por hacer',
  setsDoneToday: 'Series hechas hoy:',
  exerciseSets: (name, done, expected) => plural(expected, { one: `${name}: ${done} de # serie`, other: `${name}: ${done} de # series` }),
  doneForToday: 'Listo por hoy',
  everySetDone: 'Todas las series están marcadas.',
  restIsForLater: 'El resto de las series de hoy son para más tarde. Vuelve cuando toque la siguiente ronda.',
  nextRoundNow: 'Empezar ya la siguiente ronda',
  backToExercises: 'Volver a los ejercicios de hoy',

  describeSet: (name, round, set, sets, side) =>
    `${name}, ${round ? `${inSentence(round)}, ` : ''}serie ${set} de ${sets}${side ? `, lado ${SIDE[side]}` : ''}`,
  cues: {
    'hold-complete': 'Tiempo completado.',
    'side-done': 'Ese lado está hecho.',
    'set-done': 'Serie hecha.',
    'rest-over': 'Fin del descanso.',
    skipped: 'Saltado.',
    paused: 'En pausa.',
    resumed: 'Seguimos.',
  },
  sittingDone: 'Eso es todo por esta vez.',
  restThenNext: (seconds, next) => `Descansa ${seconds} segundos. Siguiente: ${next}.`,
  nowDoing: (set) => `${set}.`,
};
