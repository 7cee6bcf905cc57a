import type { CalendarMessages } from '../en/calendar';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');

export const calendar: CalendarMessages = {
  addToCalendar: 'Ajouter à mon calendrier',
  nothingLeft: 'Plus rien à ajouter : tous les rappels de votre plan sont faits ou passés.',
  failed: 'Le fichier de calendrier n’a pas pu être créé. Veuillez réessayer.',
  eventsSaved: (n) => plural(n, { one: '# événement enregistré', other: '# événements enregistrés' }),
  // Non-breaking spaces inside the guillemets, so a line never starts with one.
  savedIn: (fileName) => `dans «\u00a0${fileName}\u00a0».`,
  howToOpen: 'Pour les ajouter, ouvrez le fichier : touchez-le dans les téléchargements de votre navigateur (ou dans l’app Fichiers), puis choisissez votre calendrier. Chaque événement a une alarme.',
  googleAlarmNote: 'Google Agenda ignore les rappels des fichiers de calendrier importés : ajoutez-y vous-même une notification ou utilisez les rappels de cette app.',
  file: {
    water: (glass, goal) => `Buvez un verre d’eau (${glass} sur ${goal})`,
    exercise: (name) => `Exercice : ${name}`,
    appointment: (therapist) => `Rendez-vous avec ${therapist}`,
    dayBefore: (title) => `Demain : ${title}`,
  },
};
