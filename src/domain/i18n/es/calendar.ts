import type { CalendarMessages } from '../en/calendar';
import { pluralIn } from '../plural';

const plural = pluralIn('es');

export const calendar: CalendarMessages = {
  addToCalendar: 'Añadir a mi calendario',
  nothingLeft: 'No queda nada que añadir: todos los recordatorios de tu plan ya están hechos o pasaron.',
  failed: 'No se pudo crear el archivo de calendario. Vuelve a intentarlo.',
  eventsSaved: (n) => plural(n, { one: '# evento guardado', other: '# eventos guardados' }),
  savedIn: (fileName) => `en «${fileName}».`,
  howToOpen: 'Para añadirlos, abre el archivo: tócalo en las descargas de tu navegador (o en la app Archivos) y elige tu calendario. Cada evento tiene una alarma.',
  googleAlarmNote: 'Google Calendar ignora los avisos de los archivos de calendario importados, así que añade allí una notificación o usa los recordatorios de esta aplicación.',
  file: {
    water: (glass, goal) => `Bebe un vaso de agua (${glass} de ${goal})`,
    exercise: (name) => `Ejercicio: ${name}`,
    appointment: (therapist) => `Cita con ${therapist}`,
    dayBefore: (title) => `Mañana: ${title}`,
  },
};
