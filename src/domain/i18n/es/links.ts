import type { LinksMessages } from '../en/links';
import { pluralIn } from '../plural';

const plural = pluralIn('es');

export const links: LinksMessages = {
  plan: {
    empty: 'Este enlace no contiene ningún plan.',
    tooLong: 'Este enlace es demasiado largo para ser un plan de Aftercare.',
    notOurs: 'Este enlace no contiene un plan de Aftercare.',
    newer: 'Este plan se creó con una versión más reciente de Aftercare. Actualiza la app para abrirlo.',
    damaged: 'El enlace del plan está dañado o incompleto. Pide que te lo envíen de nuevo.',
    tooLarge: 'Este plan es demasiado grande para abrirlo.',
  },
  report: {
    empty: 'Este enlace no contiene ningún informe de progreso.',
    tooLong: 'Este enlace es demasiado largo para ser un informe de progreso de Aftercare.',
    notOurs: 'Este enlace no contiene un informe de progreso de Aftercare.',
    newer: 'Este informe de progreso se creó con una versión más reciente de Aftercare. Actualiza la app para abrirlo.',
    damaged: 'El enlace del informe de progreso está dañado o incompleto. Pide que te lo envíen de nuevo.',
    tooLarge: 'Este informe de progreso es demasiado grande para abrirlo.',
  },
  tooLongToShare: 'Este plan es demasiado largo para compartirlo. Acorta los ejercicios y las notas que escribiste tú.',
  andMore: (shown, more) => `${shown} (y ${plural(more, { one: '# problema más', other: '# problemas más' })})`,
};
