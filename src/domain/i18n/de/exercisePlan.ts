import type { ExercisePlanMessages } from '../en/exercisePlan';
import { pluralIn } from '../plural';

const plural = pluralIn('de');

export const exercisePlan: ExercisePlanMessages = {
  regions: {
    neck: 'Nacken',
    shoulders: 'Schultern',
    chest: 'Brust',
    'upper-back': 'Oberer Rücken',
    'lower-back': 'Unterer Rücken',
    hips: 'Hüften',
    legs: 'Beine',
    feet: 'Füße',
    'arms-wrists': 'Arme und Handgelenke',
  },
  rounds: {
    morning: 'Morgens',
    midday: 'Mittags',
    afternoon: 'Nachmittags',
    evening: 'Abends',
    numbered: (round, of) => `Durchgang ${round} von ${of}`,
  },
  summary: {
    noneDue: 'Es waren keine Übungen für zu Hause fällig.',
    done: (done, expected, percent) =>
      plural(expected, { one: `Sie haben ${done} von # Satz geschafft (${percent}).`, other: `Sie haben ${done} von # Sätzen geschafft (${percent}).` }),
    praise: 'Gut gemacht: Das entspricht dem, was Ihre Praxis Ihnen empfohlen hat, oder kommt ihm nahe.',
    noneChecked: 'Es wurde nichts abgehakt. Erzählen Sie Ihrer Praxis, wie es lief; der nächste Plan lässt sich an Ihren Alltag anpassen.',
    someChecked: 'Jeder Satz zählt. Erzählen Sie Ihrer Praxis, wie es lief; der nächste Plan lässt sich an Ihren Alltag anpassen.',
  },
  // Labels: the checks' sentences put them before a colon.
  fields: {
    name: 'Name von Übung {exercises}',
    steps: 'Schritte von Übung {exercises}',
    step: 'Schritt {steps} von Übung {exercises}',
    cautions: 'Vorsichtshinweise von Übung {exercises}',
    caution: 'Vorsichtshinweis {cautions} von Übung {exercises}',
    sets: 'Sätze von Übung {exercises}',
    reps: 'Wiederholungen von Übung {exercises}',
    holdSeconds: 'Haltezeit in Sekunden von Übung {exercises}',
    timesPerDay: 'Mal pro Tag von Übung {exercises}',
    durationDays: 'Anzahl der Tage von Übung {exercises}',
  },
  checks: {
    invalidId: 'Übung {exercises} hat keine gültige Kennung.',
    notAnExercise: 'Übung {exercises} ist keine gültige Übung.',
    unknownRegion: 'Übung {exercises} nennt eine Körperregion, die diese App nicht kennt.',
    sidesMissing: 'Bei Übung {exercises} muss angegeben sein, ob sie Seite für Seite gemacht wird.',
    invalidFigure: 'Übung {exercises} nennt eine Abbildung, die nicht gültig ist.',
    repsOrHold: 'Geben Sie für Übung {exercises} eine Anzahl Wiederholungen oder eine Haltezeit an.',
    notBoth: 'Geben Sie für Übung {exercises} entweder eine Anzahl Wiederholungen oder eine Haltezeit an, nicht beides.',
    notAList: 'Die Übungen müssen eine Liste sein.',
    tooMany: (max, received) => `Ein Plan kann höchstens ${max} Übungen enthalten; dieser hat ${received}.`,
    twice: (position, name) => `Übung ${position} (${name}) steht zweimal im Plan.`,
  },
};
