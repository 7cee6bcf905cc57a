import type { HistoryMessages } from '../en/history';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');

export const history: HistoryMessages = {
  title: 'Histórico',
  readFailed: 'Não foi possível ler o histórico agora.',
  loading: 'Carregando…',
  empty: 'Ainda não há sessões. Suas sessões anteriores vão aparecer aqui.',
  today: 'Hoje',
  yesterday: 'Ontem',
  tomorrow: 'Amanhã',
  noSession: 'Sem sessão',
  stillGoing: 'Hoje, ainda em andamento.',
  planned: 'Previsto: começa na sua hora de acordar.',
  over: 'Este dia já terminou.',
  sessions: (count, results) => `${count} sessões: ${results.join(', depois ')}.`,
  planResult: (result) => `Plano: ${result}.`,
  waterResult: (result) => `Água: ${result}.`,
  drank: (counted, glasses, others) =>
    `Você bebeu ${counted} ${plural(glasses, { one: 'copo que conta', other: 'copos que contam' })}${
      others > 0 ? `, mais ${plural(others, { one: '# outra bebida que não conta', other: '# outras bebidas que não contam' })}` : ''}.`,
};
