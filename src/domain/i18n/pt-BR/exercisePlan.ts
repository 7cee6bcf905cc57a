import type { ExercisePlanMessages } from '../en/exercisePlan';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');

export const exercisePlan: ExercisePlanMessages = {
  regions: {
    neck: 'Pescoço',
    shoulders: 'Ombros',
    chest: 'Peito',
    'upper-back': 'Parte de cima das costas',
    'lower-back': 'Lombar',
    hips: 'Quadris',
    legs: 'Pernas',
    feet: 'Pés',
    'arms-wrists': 'Braços e punhos',
  },
  rounds: {
    morning: 'Manhã',
    midday: 'Meio-dia',
    afternoon: 'Tarde',
    evening: 'Noite',
    numbered: (round, of) => `Rodada ${round} de ${of}`,
  },
  summary: {
    noneDue: 'Não havia exercícios em casa programados.',
    done: (done, expected, percent) =>
      plural(expected, { one: `Você fez ${done} de # série (${percent}).`, other: `Você fez ${done} de # séries (${percent}).` }),
    praise: 'Muito bem: foi o que seu terapeuta pediu, ou quase.',
    noneChecked: 'Nenhuma foi marcada. Conte ao seu terapeuta como foi; o próximo plano pode ser ajustado à sua rotina.',
    someChecked: 'Cada série conta. Conte ao seu terapeuta como foi; o próximo plano pode ser ajustado à sua rotina.',
  },
  // Labels: the checks' sentences put them before a colon.
  fields: {
    name: 'Nome do exercício {exercises}',
    steps: 'Passos do exercício {exercises}',
    step: 'Passo {steps} do exercício {exercises}',
    cautions: 'Cuidados do exercício {exercises}',
    caution: 'Cuidado {cautions} do exercício {exercises}',
    sets: 'Séries do exercício {exercises}',
    reps: 'Repetições do exercício {exercises}',
    holdSeconds: 'Tempo de sustentação (segundos) do exercício {exercises}',
    timesPerDay: 'Vezes por dia do exercício {exercises}',
    durationDays: 'Número de dias do exercício {exercises}',
  },
  checks: {
    invalidId: 'O exercício {exercises} não tem um identificador válido.',
    notAnExercise: 'O exercício {exercises} não é um exercício válido.',
    unknownRegion: 'O exercício {exercises} indica uma região do corpo que este app não conhece.',
    sidesMissing: 'O exercício {exercises} precisa dizer se é feito um lado de cada vez.',
    invalidFigure: 'O exercício {exercises} indica uma ilustração que não é válida.',
    repsOrHold: 'Informe para o exercício {exercises} um número de repetições ou quantos segundos segurar.',
    notBoth: 'Informe para o exercício {exercises} um número de repetições ou quantos segundos segurar, não os dois.',
    notAList: 'Os exercícios precisam ser uma lista.',
    tooMany: (max, received) => `Um plano pode ter no máximo ${max} exercícios; este tem ${received}.`,
    twice: (position, name) => `O exercício ${position} (${name}) aparece duas vezes no plano.`,
  },
};
