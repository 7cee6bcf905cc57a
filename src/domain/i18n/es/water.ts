import type { WaterMessages } from '../en/water';
import { pluralIn } from '../plural';

const plural = pluralIn('es');
const glasses = (n: number) => plural(n, { one: '# vaso', other: '# vasos' });
const day = (on: string | undefined) => (on ? ` ${on}` : '');
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('es') + text.slice(1);
/** "las 22:30", but "la 01:00": the hour one is singular. */
const atClock = (clock: string) => `${/^0?1[:.]/.test(clock) ? 'la' : 'las'} ${clock}`;
const goalBy = (goal: number, clock: string, on?: string) => (on ? `${glasses(goal)} para ${on} a ${atClock(clock)}` : `${glasses(goal)} para ${atClock(clock)}`);

export const water: WaterMessages = {
  beverages: {
    water: { label: 'Agua', short: 'Agua' },
    'sparkling-water': { label: 'Agua con gas (sola)', short: 'Agua con gas' },
    'iced-tea': { label: 'Té helado de infusión, sin azúcar', short: 'Té helado' },
    tea: { label: 'Té caliente sin azúcar', short: 'Té' },
    'herbal-tea': { label: 'Infusión de hierbas (sin azúcar)', short: 'Infusión' },
    soda: { label: 'Refresco o gaseosa', short: 'Refresco' },
    juice: { label: 'Jugo o zumo', short: 'Jugo' },
    'sweet-tea': { label: 'Té endulzado', short: 'Té dulce' },
    'sports-drink': { label: 'Bebida deportiva', short: 'Bebida deportiva' },
    alcohol: { label: 'Alcohol (cerveza, vino, licores)', short: 'Alcohol' },
    coffee: { label: 'Café (también espresso y descafeinado)', short: 'Café' },
  },
  notCounting: {
    sugary: 'Guardado. Las bebidas azucaradas no cuentan para tu meta de agua de hoy.',
    alcohol: 'Guardado. El alcohol no cuenta para tu meta de agua de hoy.',
    coffee: 'Guardado. El café no cuenta para tu meta de agua de hoy.',
  },
  sizes: {
    glass: 'Vaso', espresso: 'Espresso', wine: 'Copa de vino', cup: 'Taza', mug: 'Tazón', can: 'Lata', bottle: 'Botella', pint: 'Pinta', 'large-bottle': 'Botella grande',
  },
  units: { ml: 'ml', floz: 'fl oz', glass: 'vasos' },
  volumeMl: (amount) => `${amount} ml`,
  volumeFlOz: (amount) => `${amount} fl oz`,
  glasses,
  countOfGoal: (counted, goal, on) => `${counted} de ${glasses(goal)}${day(on)}`,
  ofGoal: (goal, on) => `de ${glasses(goal)}${day(on)}`,
  goalBy,
  countOfGoalBy: (counted, goal, clock, on) => `${counted} de ${goalBy(goal, clock, on)}`,
  dayResult: (counted, goal, met, everyday) => {
    const figures = `${counted} de ${glasses(goal)}${everyday ? ', tu cantidad diaria' : ''}`;
    return met ? `meta cumplida (${figures})` : figures;
  },
  planOwner: { therapist: 'el plan de cuidados de tu terapeuta', own: 'tu propio plan, hecho con tus respuestas' },
  reasons: {
    usualBelow: (threshold, min, max) =>
      `Sueles beber menos de ${glasses(threshold)} al día, así que se recomiendan al menos ${min === max ? glasses(min) : `${min}–${max} vasos`}, repartidos durante el resto del día.`,
    usualMeets: (threshold, min, max) =>
      `Ya bebes unos ${glasses(threshold)} al día o más, así que ${min === max ? plural(min, { one: 'basta # vaso más', other: 'bastan # vasos más' }) : `bastan ${min}–${max} vasos más`}.`,
    deepWork: (goal) => `Un trabajo más profundo (tejido profundo, puntos gatillo, miofascial o presión firme o profunda) apunta al extremo superior: tu meta es ${goal}.`,
    lighterWork: (goal) => `Un trabajo más suave apunta al extremo inferior del rango: tu meta es ${goal}.`,
    physicianApproval: 'Este tipo de sesión requiere que tu médico apruebe el plan.',
  },
  summary: {
    today: 'Tu plan para hoy',
    yesterday: 'El plan de ayer, que termina esta mañana',
    forDay: (on) => `Tu plan para ${on}`,
    after: (kind, owner) => `Después de tu sesión de ${lowerFirst(kind)} — ${owner}.`,
    goalReached: 'Meta cumplida, ¡muy bien! Sigue bebiendo cuando tengas sed.',
    noRoom: 'No hay hueco para recordatorios entre tu hora de despertar y tu hora de dormir.',
    roomFor: (reminders) => plural(reminders, { one: 'Entre tu hora de despertar y tu hora de dormir cabe # recordatorio, no uno por cada vaso.', other: 'Entre tu hora de despertar y tu hora de dormir caben # recordatorios, no uno por cada vaso.' }),
    nextReminder: (when) => `Próximo recordatorio: ${when}`,
    firstReminder: (when) => `Primer recordatorio: ${when}`,
    noMoreToday: 'No hay más recordatorios hoy.',
    noMoreFromPlan: 'No hay más recordatorios de este plan.',
    askPhysician: 'Consulta a tu médico:',
    askPhysicianBody: (kind) => `después de una sesión de ${lowerFirst(kind)}, revisa este plan con tu médico antes de seguirlo.`,
    why: '¿Por qué esta cantidad?',
  },
  today: {
    loading: 'Cargando tu plan…',
    noPlan: 'Todavía no hay plan',
    noPlanIntro: 'Cuéntanos cómo fue tu masaje y convertiremos los consejos de tu terapeuta en un plan para el resto del día.',
    start: 'Empezar después de mi masaje',
    ownLogSoFar: (counted, goal) => `Lo que llevas anotado hoy: ${counted} de ${glasses(goal)}. El plan de mañana empieza a tu hora de despertar.`,
    everydayTitle: 'Tu agua de hoy',
    everydayIntro: 'Hoy no hay sesión: tu cantidad diaria de Ajustes, sin recordatorios salvo que los pidas en Recordatorios.',
    everydayIntroAsked: 'Hoy no hay sesión: tu cantidad diaria de Ajustes, con los recordatorios que pediste para hoy.',
    goalToday: (goal) => `${glasses(goal)} hoy`,
    yesterday: (result) => `Ayer: ${result}.`,
    earlier: (counted, goal) => `Hoy, antes de tu última sesión: ${counted} de ${glasses(goal)}.`,
    earlierStay: 'Esos vasos se quedan en ese plan; este cuenta desde tu última sesión.',
  },
  logger: {
    plusOne: '+1 vaso de agua',
    title: 'Anotar una bebida',
    counts: 'Cuentan para tu meta',
    notCounting: 'Hoy no cuentan',
    failed: 'No se guardó la bebida. Inténtalo de nuevo.',
    howMuch: (drink) => `${drink}: ¿cuánto?`,
    notCountingHint: 'No cuenta para tu meta de agua de hoy; anótala igualmente para llevar un registro fiel.',
    otherAmount: 'Otra cantidad',
    logDrink: 'Anotar bebida',
  },
  amount: { label: 'Cantidad', unit: 'Unidad', outOfRange: 'Escribe una cantidad entre 10 ml y 2 litros.' },
  cancel: 'Cancelar',
  list: {
    title: 'Bebidas de hoy',
    empty: (button) => `Aún no has anotado nada. Toca «${button}» después de cada vaso o elige otra bebida arriba.`,
    counts: 'cuenta',
    doesntCount: 'no cuenta',
    notSavedYet: 'aún sin guardar',
    edit: 'Editar',
    delete: 'Borrar',
    editLabel: (drink, time) => `Editar ${drink} de ${atClock(time)}`,
    deleteLabel: (drink, time) => `Borrar ${drink} de ${atClock(time)}`,
    notSaved: 'No se guardó. Inténtalo de nuevo.',
  },
  editor: {
    drink: 'Bebida',
    time: 'Hora',
    timeInvalid: 'Escribe una hora como 14:30.',
    timeFuture: 'Esa hora todavía no ha llegado hoy.',
    save: 'Guardar',
  },
  guide: {
    title: 'Qué beber',
    counts: 'Cuentan para tu meta',
    notCounting: 'Hoy no cuentan',
    notCountingNote: 'Nada azucarado, nada de alcohol ni de café. Aun así puedes anotarlos.',
    whyTitle: 'Por qué importa el agua hoy',
    why: 'Los terapeutas relacionan no beber agua después de un masaje —sobre todo tras un trabajo profundo— con cansancio, dolor muscular y calambres más tarde ese mismo día. Si te encuentras mal, contacta con tu terapeuta o con tu médico.',
  },
  stepper: {
    question: '¿Cuántos vasos de agua sueles beber al día?',
    glassIs: (size) => `Un vaso equivale a ${size}. Basta con un cálculo aproximado.`,
    fewer: 'Un vaso menos',
    more: 'Un vaso más',
    label: 'Vasos de agua en un día normal',
  },
  celebration: {
    title: '¡Meta cumplida!',
    body: (goal) => `${goal} de ${glasses(goal)}. ¡Muy bien!`,
    close: 'Cerrar',
  },
  home: {
    todaysPlan: 'Plan de hoy:',
    yesterdaysPlan: 'Plan de ayer:',
    tomorrowsPlan: 'Tu plan para mañana:',
    today: 'Hoy:',
    everyday: (counted, goal) => `${counted} de ${glasses(goal)}, tu cantidad diaria.`,
    openPlan: 'Abrir el plan de hoy',
    openToday: 'Abrir Hoy',
  },
  undo: {
    logged: (drink, amount) => `Anotado: ${drink}, ${amount}.`,
    deleted: (drink, amount) => `Borrado: ${drink}, ${amount}.`,
    undo: 'Deshacer',
    dismiss: 'Cerrar',
  },
  reminderBody: (glass, goal) => `Vaso ${glass} de ${goal} según tu plan de hidratación.`,
  everydayReminderBody: (glass, goal) => `Vaso ${glass} de ${goal} hoy, tu cantidad diaria.`,
};
