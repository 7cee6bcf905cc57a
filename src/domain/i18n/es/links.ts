import type { LinksMessages, LinkSubject } from '../en/links';
import { pluralIn } from '../plural';

const plural = pluralIn('es');
const NOUN: Record<LinkSubject, string> = { plan: 'plan', 'progress report': 'informe de progreso' };

export const links: LinksMessages = {
  empty: (what) => `Este enlace no contiene ningún ${NOUN[what]}.`,
  tooLong: (what) => `Este enlace es demasiado largo para ser un ${NOUN[what]} de Aftercare.`,
  notOurs: (what) => `Este enlace no contiene un ${NOUN[what]} de Aftercare.`,
  newer: (what) => `Este ${NOUN[what]} se creó con una versión más reciente de Aftercare. Actualiza la app para abrirlo.`,
  damaged: (what) => `El enlace de este ${NOUN[what]} está dañado o incompleto. Pide que te lo envíen de nuevo.`,
  tooLarge: (what) => `Este ${NOUN[what]} es demasiado grande para abrirlo.`,
  andMore: (problems, more) => `${problems} (y ${plural(more, { one: '# problema más', other: '# problemas más' })})`,
  planTooLongToShare: 'Este plan es demasiado largo para compartirlo. Acorta los ejercicios y las notas que escribiste tú.',
};
