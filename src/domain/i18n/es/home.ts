import type { HomeMessages } from '../en/home';

export const home: HomeMessages = {
  title: 'Aftercare',
  intro: 'Los consejos de tu terapeuta para después del masaje, en tu teléfono: qué beber, cuándo y qué viene después.',
  startNew: 'Empezar una nueva sesión',
  startFirst: 'Empezar después de mi masaje',
  promiseWater: 'Un plan de agua para el resto del día, con recordatorios.',
  promiseLog: 'Anota un vaso con un toque y mira qué bebidas cuentan.',
  promisePrivate: 'Sin cuenta. Tus datos de salud se quedan en este dispositivo.',
  forTherapists: 'Para terapeutas: crear un plan para un cliente',
};
