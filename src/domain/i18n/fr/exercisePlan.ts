import type { ExercisePlanMessages } from '../en/exercisePlan';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');

export const exercisePlan: ExercisePlanMessages = {
  regions: {
    neck: 'Cou',
    shoulders: 'Épaules',
    chest: 'Poitrine',
    'upper-back': 'Haut du dos',
    'lower-back': 'Bas du dos',
    hips: 'Hanches',
    legs: 'Jambes',
    feet: 'Pieds',
    'arms-wrists': 'Bras et poignets',
  },
  rounds: {
    morning: 'Matin',
    midday: 'Midi',
    afternoon: 'Après-midi',
    evening: 'Soir',
    numbered: (round, of) => `Tour ${round} sur ${of}`,
  },
  summary: {
    noneDue: 'Aucun exercice à la maison n’était prévu.',
    done: (done, expected, percent) =>
      plural(done, { one: `Vous avez fait # série sur ${expected} (${percent}).`, other: `Vous avez fait # séries sur ${expected} (${percent}).` }),
    praise: 'Bravo : c’est ce que votre thérapeute vous a demandé, ou presque.',
    noneChecked: 'Aucune n’a été cochée. Dites à votre thérapeute comment cela s’est passé : le prochain plan pourra être adapté à votre quotidien.',
    someChecked: 'Chaque série compte. Dites à votre thérapeute comment cela s’est passé : le prochain plan pourra être adapté à votre quotidien.',
  },
  // Labels: the checks' sentences put them before a colon.
  fields: {
    name: 'Nom de l’exercice {exercises}',
    steps: 'Étapes de l’exercice {exercises}',
    step: 'Étape {steps} de l’exercice {exercises}',
    cautions: 'Précautions de l’exercice {exercises}',
    caution: 'Précaution {cautions} de l’exercice {exercises}',
    sets: 'Séries de l’exercice {exercises}',
    reps: 'Répétitions de l’exercice {exercises}',
    holdSeconds: 'Durée de maintien (secondes) de l’exercice {exercises}',
    timesPerDay: 'Fois par jour de l’exercice {exercises}',
    durationDays: 'Nombre de jours de l’exercice {exercises}',
  },
  checks: {
    invalidId: 'L’exercice {exercises} n’a pas d’identifiant valide.',
    notAnExercise: 'L’exercice {exercises} n’est pas un exercice valide.',
    unknownRegion: 'L’exercice {exercises} indique une zone du corps que cette application ne connaît pas.',
    sidesMissing: 'L’exercice {exercises} doit indiquer s’il se fait un côté à la fois.',
    invalidFigure: 'L’exercice {exercises} indique une illustration qui n’est pas valide.',
    repsOrHold: 'Indiquez pour l’exercice {exercises} un nombre de répétitions ou une durée de maintien.',
    notBoth: 'Indiquez pour l’exercice {exercises} soit un nombre de répétitions, soit une durée de maintien, pas les deux.',
    notAList: 'Les exercices doivent être une liste.',
    tooMany: (max, received) => `Un plan peut contenir au plus ${max} exercices ; celui-ci en a ${received}.`,
    twice: (position, name) => `L’exercice ${position} (${name}) figure deux fois dans le plan.`,
  },
};
