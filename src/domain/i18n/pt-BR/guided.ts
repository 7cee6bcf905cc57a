import type { GuidedMessages } from '../en/guided';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');
const SIDE = { left: 'esquerdo', right: 'direito' } as const;
/** A round's label inside a sentence: "Manhã" reads "manhã" after a comma. */
const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase('pt-BR') + label.slice(1);

export const guided: GuidedMessages = {
  title: 'Exercícios guiados',
  loading: 'Carregando seu plano…',
  noPlanTitle: 'Nenhum exercício para guiar',
  noPlan: 'O plano do seu terapeuta ainda não está neste celular.',
  backHome: 'Voltar ao Aftercare',
  screenStaysOn: 'A tela fica ligada até você terminar ou parar.',

  setOf: (set, sets) => `Série ${set} de ${sets}`,
  side: { left: 'Lado esquerdo', right: 'Lado direito' },
  reps: (reps) => plural(reps, { one: '# repetição', other: '# repetições' }),
  holdFor: (seconds) => `Segurar ${seconds} s`,
  cautions: 'Cuidados',
  hold: 'Segurar',
  rest: 'Descanso',
  paused: 'Pausado',
  secondsLeft: (what, seconds) => plural(seconds, { one: `${what}: falta # segundo`, other: `${what}: faltam # segundos` }),
  next: (next) => `A seguir: ${next}`,

  pause: 'Pausar',
  resume: 'Continuar',
  startHold: (seconds, side) =>
    side === undefined ? `Começar a segurar ${seconds} s` : `Começar a segurar ${seconds} s (lado ${SIDE[side]})`,
  leftSideDone: 'Lado esquerdo feito',
  setDone: 'Série feita',
  skipRest: 'Pular o descanso',
  skipSet: 'Pular esta série',
  skipExercise: (name) => `Pular ${name}`,
  stop: 'Parar por agora',
  cuesLegend: 'Ao fim de cada tempo de segurar ou descanso',
  beep: 'Bipe',
  vibrate: 'Vibrar',

  wellDone: 'Muito bem',
  nothingLeft: 'Nada mais para fazer',
  setsDoneToday: 'Séries feitas hoje:',
  exerciseSets: (name, done, expected) => plural(expected, { one: `${name}: ${done} de # série`, other: `${name}: ${done} de # séries` }),
  doneForToday: 'Feito por hoje',
  everySetDone: 'Todas as séries estão marcadas.',
  restIsForLater: 'As outras séries de hoje ficam para mais tarde. Volte quando for a hora da próxima rodada.',
  nextRoundNow: 'Começar a próxima rodada agora',
  backToExercises: 'Voltar aos exercícios de hoje',

  describeSet: (name, round, set, sets, side) =>
    `${name}, ${round ? `${inSentence(round)}, ` : ''}série ${set} de ${sets}${side ? `, lado ${SIDE[side]}` : ''}`,
  cues: {
    'hold-complete': 'Tempo concluído.',
    'side-done': 'Esse lado está feito.',
    'set-done': 'Série feita.',
    'rest-over': 'Fim do descanso.',
    skipped: 'Pulado.',
    paused: 'Pausado.',
    resumed: 'Continuando.',
  },
  sittingDone: 'Isso é tudo por agora.',
  restThenNext: (seconds, next) => `Descanse ${seconds} segundos. A seguir: ${next}.`,
  nowDoing: (set) => `${set}.`,
};
