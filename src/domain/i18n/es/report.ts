import type { ReportMessages } from '../en/report';
import { pluralIn } from '../plural';

const plural = pluralIn('es');
const p = (n: number, one: string, other: string) => plural(n, { one, other });

export const report: ReportMessages = {
  view: {
    cantOpen: 'No se puede abrir este informe',
    title: (client) => (client ? `Progreso de ${client}` : 'Informe de progreso del cliente'),
    lead: (client, therapist, dates) =>
      client ? `${client}, con el plan de cuidados de ${therapist}: ${dates}.` : `Con el plan de cuidados de ${therapist}: ${dates}.`,
    range: (from, to) => `del ${from} al ${to}`,
    sent: (day) => `Enviado el ${day}. Solo lectura; cifras tal como las anotó el cliente.`,
    unverified:
      'Este enlace se creó con una versión anterior de Aftercare, así que no se puede comprobar si está dañado. Si algo no cuadra, pide al cliente que lo envíe de nuevo.',
    calm: 'No se informó de moratones, entumecimiento ni mareo.',
    flaggedTitle: 'Señalado por el cliente',
    reported: (flags) => `Informó de: ${flags}.`,
    flaggedOn: (day, flags) => `${day}: ${flags}`,
    flags: { bruising: 'moratones', numbness: 'entumecimiento u hormigueo', lightHeaded: 'mareo' },
    exercises: 'Ejercicios en casa',
    ofSets: (percent) => `${percent} de las series`,
    noneDue: 'Ninguno pendiente',
    waterGoal: 'Meta de agua',
    daysMet: (met, days) => `${met} de ${p(days, '# día', '# días')}`,
    nothingLogged: 'Nada anotado',
    checkIns: 'Controles',
    answered: (n) => p(n, '# respondido', '# respondidos'),
    water: 'Agua',
    waterMet: (met, days) => `Meta cumplida ${met} de ${p(days, '# día', '# días')}.`,
    weekOneStarts: (date) => `La semana 1 empieza el día de la sesión, ${date}.`,
    perWeek: 'Series hechas por semana',
    week: 'Semana',
    setsDone: 'Series hechas',
    share: 'Porcentaje',
    weekNumber: (n) => `Semana ${n}`,
    doneOf: (done, expected) => `${done} de ${expected}`,
    eachExercise: 'Cada ejercicio',
    exerciseFigure: (done, expected, percent) => `${done} de ${p(expected, '# serie', '# series')} · ${percent}`,
  },
  text: {
    heading: (therapist) => `Progreso de mi plan de cuidados de ${therapist}`,
    fromClient: (client) => `De ${client}.`,
    span: (from, to) => `Desde la sesión del ${from} hasta el ${to}.`,
    sets: (done, expected, percent) => `${done} de ${p(expected, '# serie', '# series')} (${percent})`,
    noExercisesDue: 'Ejercicios en casa: no había ninguno pendiente.',
    exercisesDone: (sets) => `Ejercicios en casa: ${sets} hechas.`,
    week: (week, from, sets) => `- Semana ${week} (desde el ${from}): ${sets}`,
    noCheckIns: 'Controles: ninguno respondido todavía.',
    checkInsHeading: 'Controles (puntuación de 0 a 10; en sueño, 10 es lo mejor):',
    checkIn: (date, when, scores, noticed) => `- ${date}, ${when}: ${scores || 'sin puntuaciones'}${noticed ? `; notó: ${noticed}` : ''}`,
    weekly: (week) => `semana ${week}`,
    kinds: {
      baseline: 'al guardar el plan',
      'after-24h': 'unas 24 horas después de la sesión',
      'after-48h': 'unas 48 horas después de la sesión',
      weekly: 'semanal',
    },
    score: (name, value) => `${name} ${value}`,
    scores: { soreness: 'dolor muscular', pain: 'dolor', stiffness: 'rigidez', sleep: 'sueño' },
    flags: { bruising: 'moratones', numbness: 'entumecimiento', lightHeaded: 'mareo' },
    noWater: 'Agua: nada anotado.',
    water: (met, days) => `Agua: meta cumplida ${met} de ${p(days, '# día', '# días')}.`,
  },
  // Labels: the checks' sentences put them before a colon.
  fields: {
    exerciseName: 'Nombre de un ejercicio',
    therapistName: 'Nombre del terapeuta',
    date: 'Fecha del informe',
    clientName: 'Nombre del cliente',
  },
  problems: {
    notReport: 'Esto no es un informe de progreso de Aftercare.',
    weeks: 'Las cifras semanales de ejercicios no son válidas.',
    checkIns: 'Las respuestas de los controles no son válidas.',
    water: 'Las cifras de agua no son válidas.',
    dates: 'Las fechas del informe no son válidas.',
    exercises: 'Las cifras de los ejercicios no son válidas.',
    timeZone: 'Falta la zona horaria del informe o este dispositivo no la conoce.',
  },
};
