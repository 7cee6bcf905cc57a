import type { HomeMessages } from '../en/home';

export const home: HomeMessages = {
  title: 'Aftercare',
  intro: 'Les conseils de votre thérapeute après le massage, sur votre téléphone : quoi boire, quand, et la suite.',
  startNew: 'Commencer une nouvelle séance',
  startFirst: 'Commencer après mon massage',
  promiseWater: 'Un plan d’hydratation pour le reste de la journée, avec des rappels.',
  promiseLog: 'Notez un verre d’un seul geste ; voyez quelles boissons comptent.',
  promisePrivate: 'Aucun compte. Vos données de santé restent sur cet appareil.',
  forTherapists: 'Pour les thérapeutes : préparer un plan pour un client',
};
