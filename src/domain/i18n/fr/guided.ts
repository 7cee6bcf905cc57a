import type { GuidedMessages } from '../en/guided';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');
const SIDE = { left: 'gauche', right: 'droit' } as const;
/** A round's label inside a sentence: "Matin" reads "matin" after a comma. */
const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase('fr') + label.slice(1);

export const guided: GuidedMessages = {
  title: 'Exercices guidés',
  loading: 'Chargement de votre plan…',
  noPlanTitle: 'Aucun exercice à guider',
  noPlan: 'Le plan de votre thérapeute n’est pas encore sur ce téléphone.',
  backHome: 'Retour à Aftercare',
  screenStaysOn: 'L’écran reste allumé jusqu’à ce que vous terminiez ou arrêtiez.',

  setOf: (set, sets) => `Série ${set} sur ${sets}`,
  side: { left: 'Côté gauche', right: 'Côté droit' },
  reps: (reps) => plural(reps, { one: '# répétition', other: '# répétitions' }),
  holdFor: (seconds) => `Tenir ${seconds} s`,
  cautions: 'Précautions',
  hold: 'Maintien',
  rest: 'Repos',
  paused: 'En pause',
  secondsLeft: (what, seconds) => plural(seconds, { one: `${what} : encore # seconde`, other: `${what} : encore # secondes` }),
  next: (next) => `Ensuite : ${next}`,

  pause: 'Pause',
  resume: 'Reprendre',
  startHold: (seconds, side) =>
    side === undefined ? `Démarrer le maintien de ${seconds} s` : `Démarrer le maintien de ${seconds} s (côté ${SIDE[side]})`,
  leftSideDone: 'Côté gauche fait',
  setDone: 'Série faite',
  skipRest: 'Passer le repos',
  skipSet: 'Passer cette série',
  skipExercise: (name) => `Passer l’exercice ${name}`,
  stop: 'Arrêter pour l’instant',
  cuesLegend: 'À la fin d’un maintien ou d’un repos',
  beep: 'Bip',
  vibrate: 'Vibration',

  wellDone: 'Bravo',
  nothingLeft: 'Plus rien à faire',
  setsDoneToday: 'Séries faites aujourd’hui :',
  exerciseSets: (name, done, expected) => plural(done, { one: `${name} : # série sur ${expected}`, other: `${name} : # séries sur ${expected}` }),
  doneForToday: 'Terminé pour aujourd’hui',
  everySetDone: 'Toutes les séries sont cochées.',
  restIsForLater: 'Les autres séries du jour sont pour plus tard. Revenez quand ce sera l’heure du tour suivant.',
  nextRoundNow: 'Commencer le tour suivant maintenant',
  backToExercises: 'Retour aux exercices du jour',

  describeSet: (name, round, set, sets, side) =>
    `${name}, ${round ? `${inSentence(round)}, ` : ''}série ${set} sur ${sets}${side ? `, côté ${SIDE[side]}` : ''}`,
  cues: {
    'hold-complete': 'Maintien terminé.',
    'side-done': 'Ce côté est fait.',
    'set-done': 'Série faite.',
    'rest-over': 'Fin du repos.',
    skipped: 'Passé.',
    paused: 'En pause.',
    resumed: 'On continue.',
  },
  sittingDone: 'C’est tout pour cette fois.',
  restThenNext: (seconds, next) => `Repos de ${seconds} secondes. Ensuite : ${next}.`,
  nowDoing: (set) => `${set}.`,
};
