import type { HistoryMessages } from '../en/history';
import { pluralIn } from '../plural';

const plural = pluralIn('es');

export const history: HistoryMessages = {
  title: 'Historial',
  readFailed: 'No se pudo leer el historial en este momento.',
  loading: 'Cargando…',
  empty: 'Aún no hay sesiones. Aquí verás tus sesiones anteriores.',
  today: 'Hoy',
  yesterday: 'Ayer',
  tomorrow: 'Mañana',
  noSession: 'Sin sesión',
  stillGoing: 'Hoy, todavía en curso.',
  planned: 'Previsto: empieza a tu hora de despertar.',
  over: 'Este día ya terminó.',
  sessions: (count, results) => `${count} sesiones: ${results.join(', luego ')}.`,
  planResult: (result) => `Plan: ${result}.`,
  waterResult: (result) => `Agua: ${result}.`,
  drank: (counted, glasses, others) =>
    `Bebiste ${counted} ${plural(glasses, { one: 'vaso que cuenta', other: 'vasos que cuentan' })}${
      others > 0 ? `, más ${plural(others, { one: '# bebida que no cuenta', other: '# bebidas que no cuentan' })}` : ''}.`,
};
