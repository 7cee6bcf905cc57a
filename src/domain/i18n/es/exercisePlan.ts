import type { ExercisePlanMessages } from '../en/exercisePlan';
import { pluralIn } from '../plural';

const plural = pluralIn('es');

export const exercisePlan: ExercisePlanMessages = {
  regions: {
    neck: 'Cuello',
    shoulders: 'Hombros',
    chest: 'Pecho',
    'upper-back': 'Parte alta de la espalda',
    'lower-back': 'Zona lumbar',
    hips: 'Caderas',
    legs: 'Piernas',
    feet: 'Pies',
    'arms-wrists': 'Brazos y muñecas',
  },
  rounds: {
    morning: 'Por la mañana',
    midday: 'A mediodía',
    afternoon: 'Por la tarde',
    evening: 'Por la noche',
    numbered: (round, of) => `Ronda ${round} de ${of}`,
  },
  summary: {
    noneDue: 'No había ejercicios en casa programados.',
    done: (done, expected, percent) =>
      plural(expected, { one: `Hiciste ${done} de # serie (${percent}).`, other: `Hiciste ${done} de # series (${percent}).` }),
    praise: 'Muy bien: es lo que te pidió tu terapeuta, o casi.',
    noneChecked: 'No marcaste ninguna. Cuéntale a tu terapeuta cómo te fue; podrá ajustar el próximo plan a tu día a día.',
    someChecked: 'Cada serie cuenta. Cuéntale a tu terapeuta cómo te fue; podrá ajustar el próximo plan a tu día a día.',
  },
  // Labels: the checks' sentences put them before a colon.
  fields: {
    name: 'Nombre del ejercicio {exercises}',
    steps: 'Pasos del ejercicio {exercises}',
    step: 'Paso {steps} del ejercicio {exercises}',
    cautions: 'Precauciones del ejercicio {exercises}',
    caution: 'Precaución {cautions} del ejercicio {exercises}',
    sets: 'Series del ejercicio {exercises}',
    reps: 'Repeticiones del ejercicio {exercises}',
    holdSeconds: 'Tiempo de mantener (segundos) del ejercicio {exercises}',
    timesPerDay: 'Veces al día del ejercicio {exercises}',
    durationDays: 'Número de días del ejercicio {exercises}',
  },
  checks: {
    invalidId: 'El ejercicio {exercises} no tiene un identificador válido.',
    notAnExercise: 'El ejercicio {exercises} no es un ejercicio válido.',
    unknownRegion: 'El ejercicio {exercises} indica una zona del cuerpo que esta app no conoce.',
    sidesMissing: 'El ejercicio {exercises} debe indicar si se hace de un lado cada vez.',
    invalidFigure: 'El ejercicio {exercises} indica una ilustración que no es válida.',
    repsOrHold: 'Indica para el ejercicio {exercises} un número de repeticiones o cuántos segundos mantener.',
    notBoth: 'Indica para el ejercicio {exercises} un número de repeticiones o cuántos segundos mantener, no las dos cosas.',
    notAList: 'Los ejercicios deben ser una lista.',
    tooMany: (max, received) => `Un plan puede tener como máximo ${max} ejercicios; este tiene ${received}.`,
    twice: (position, name) => `El ejercicio ${position} (${name}) está dos veces en el plan.`,
  },
};
