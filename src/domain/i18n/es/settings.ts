import type { SettingsMessages } from '../en/settings';
import { formatList, pluralIn } from '../plural';

const plural = pluralIn('es');
const hours = (n: number) => plural(n, { one: '# hora', other: '# horas' });
const minutes = (n: number) => plural(n, { one: '# minuto', other: '# minutos' });

export const settings: SettingsMessages = {
  title: 'Ajustes',
  yourDay: 'Tu día',
  wakeTime: 'Hora de despertar',
  bedtime: 'Hora de dormir',
  bedtimeHint: 'No hay recordatorios entre la hora de dormir y la de despertar.',
  quietLegend: 'Horas de silencio durante el día',
  quietToggle: 'Sin recordatorios durante un periodo de silencio',
  quietFrom: 'Desde',
  quietUntil: 'Hasta',
  glassesAndUnits: 'Vasos y unidades',
  glassSize: 'Tamaño del vaso (ml)',
  glassSizeHint: 'Un vaso normal tiene 250 ml (unas 8 fl oz).',
  unit: 'Mostrar cantidades en',
  units: { glass: 'Vasos', ml: 'Mililitros (ml)', floz: 'Onzas líquidas (fl oz)' },
  goodDaily: 'Una buena cantidad diaria (vasos)',
  goodDailyHint: 'Si sueles beber al menos esta cantidad, con 2–3 vasos más después de una sesión es suficiente.',
  save: 'Guardar ajustes',
  saved: 'Ajustes guardados. Los planes nuevos los usan; los que ya están hechos mantienen sus horas.',
  notSaved: 'No se guardaron los ajustes. Vuelve a intentarlo.',
  check: {
    wakeTime: 'Escribe una hora de despertar, por ejemplo 07:00.',
    bedtime: 'Escribe una hora de dormir, por ejemplo 22:30.',
    quietHoursList: 'Las horas de silencio tienen que ser una lista de periodos.',
    quietPeriodTimes: 'El periodo de silencio {quietHours} necesita una hora de inicio y otra de fin, por ejemplo 12:30.',
    quietPeriodOrder: 'El periodo de silencio {quietHours} tiene que empezar antes de terminar.',
    glassMl: (min, max) => `Un vaso tiene que tener entre ${min} y ${max} ml.`,
    unit: 'Elige ml, fl oz o vasos.',
    goodDailyGlasses: (min, max) => `La buena cantidad diaria tiene que estar entre ${min} y ${max} vasos.`,
    waterReminders: 'Los recordatorios de agua solo pueden estar activados o desactivados.',
    reminderSpacing: (choices) =>
      `Elige recordatorios cada ${formatList(choices.map(String), 'es', 'disjunction')} minutos, o repartidos a lo largo del día.`,
    pausedUntil: 'La pausa no tiene un final válido.',
    exerciseTimes: 'Escribe cada hora de ejercicio, por ejemplo 08:30.',
    exerciseTimesOrder: 'Pon las horas de ejercicio en orden, cada una más tarde que la anterior.',
    exerciseTimesInDay: 'Las horas de ejercicio tienen que estar entre tu hora de despertar y tu hora de dormir.',
    sameTimes: 'La hora de dormir y la de despertar tienen que ser distintas.',
    dayTooShort: (minHours) => `La hora de dormir tiene que ser al menos ${hours(minHours)} después de la hora de despertar.`,
    quietOutsideDay: (period) => `El periodo de silencio ${period} tiene que estar entre tu hora de despertar y tu hora de dormir.`,
    quietBackwards: (period) => `El periodo de silencio ${period} tiene que empezar antes de terminar.`,
    quietNoRoom: (need, from, to) =>
      `Las horas de silencio dejan muy poco tiempo para los recordatorios de agua: deja libres al menos ${need} entre ${from} y ${to}.`,
    dayNoRoom: (need, from, to) =>
      `Entre tu hora de despertar y tu hora de dormir queda muy poco tiempo para los recordatorios de agua: hacen falta ${need} entre ${from} y ${to}.`,
    duration: (h, m) => (h && m ? `${hours(h)} y ${minutes(m)}` : h ? hours(h) : minutes(m)),
  },
};
