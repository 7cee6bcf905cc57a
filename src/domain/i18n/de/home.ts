import type { HomeMessages } from '../en/home';

export const home: HomeMessages = {
  title: 'Aftercare',
  intro: 'Die Nachsorge-Tipps Ihrer Therapeutin oder Ihres Therapeuten auf dem Handy: was Sie trinken, wann, und wie es weitergeht.',
  startNew: 'Neue Sitzung beginnen',
  startFirst: 'Nach meiner Massage beginnen',
  promiseWater: 'Ein Trinkplan für den Rest des Tages, mit Erinnerungen.',
  promiseLog: 'Ein Glas mit einem Tipp eintragen; sehen, welche Getränke zählen.',
  promisePrivate: 'Kein Konto. Ihre Gesundheitsdaten bleiben auf diesem Gerät.',
  forTherapists: 'Für Therapeuten: einen Plan für eine Klientin oder einen Klienten erstellen',
};
