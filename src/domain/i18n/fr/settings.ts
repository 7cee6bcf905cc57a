import type { SettingsMessages } from '../en/settings';
import { formatList, pluralIn } from '../plural';

const plural = pluralIn('fr');
const hours = (n: number) => plural(n, { one: '# heure', other: '# heures' });
const minutes = (n: number) => plural(n, { one: '# minute', other: '# minutes' });

export const settings: SettingsMessages = {
  title: 'Réglages',
  yourDay: 'Votre journée',
  wakeTime: 'Heure du réveil',
  bedtime: 'Heure du coucher',
  bedtimeHint: 'Aucun rappel entre l’heure du coucher et l’heure du réveil.',
  quietLegend: 'Heures calmes dans la journée',
  quietToggle: 'Aucun rappel pendant une période calme',
  quietFrom: 'De',
  quietUntil: 'À',
  glassesAndUnits: 'Verres et unités',
  glassSize: 'Taille du verre (ml)',
  glassSizeHint: 'Un verre standard contient 250 ml (environ 8 fl oz).',
  unit: 'Afficher les quantités en',
  units: { glass: 'Verres', ml: 'Millilitres (ml)', floz: 'Onces liquides (fl oz)' },
  goodDaily: 'Une bonne quantité par jour (verres)',
  goodDailyHint: 'Si vous buvez d’habitude au moins cette quantité, 2 à 3 verres de plus suffisent après une séance.',
  save: 'Enregistrer les réglages',
  saved: 'Réglages enregistrés. Les nouveaux plans les utilisent ; ceux déjà établis gardent leurs horaires.',
  notSaved: 'Les réglages n’ont pas été enregistrés. Veuillez réessayer.',
  check: {
    wakeTime: 'Indiquez une heure de réveil, par exemple 07:00.',
    bedtime: 'Indiquez une heure de coucher, par exemple 22:30.',
    quietHoursList: 'Les heures calmes doivent être une liste de périodes.',
    quietPeriodTimes: 'La période calme {quietHours} doit avoir une heure de début et une heure de fin, par exemple 12:30.',
    quietPeriodOrder: 'La période calme {quietHours} doit commencer avant de finir.',
    glassMl: (min, max) => `Un verre doit contenir entre ${min} et ${max} ml.`,
    unit: 'Choisissez ml, fl oz ou verres.',
    goodDailyGlasses: (min, max) => `La bonne quantité par jour doit être comprise entre ${min} et ${max} verres.`,
    waterReminders: 'Les rappels d’eau sont soit activés, soit désactivés.',
    reminderSpacing: (choices) =>
      `Choisissez des rappels toutes les ${formatList(choices.map(String), 'fr', 'disjunction')} minutes, ou répartis sur la journée.`,
    pausedUntil: 'La pause n’a pas de fin valide.',
    exerciseTimes: 'Indiquez chaque heure d’exercice, par exemple 08:30.',
    exerciseTimesOrder: 'Mettez les heures d’exercice dans l’ordre, chacune après la précédente.',
    exerciseTimesInDay: 'Les heures d’exercice doivent se situer entre votre heure de réveil et votre heure de coucher.',
    sameTimes: 'L’heure du coucher et l’heure du réveil doivent être différentes.',
    dayTooShort: (minHours) => `L’heure du coucher doit venir au moins ${hours(minHours)} après l’heure du réveil.`,
    quietOutsideDay: (period) => `La période calme ${period} doit se situer entre votre heure de réveil et votre heure de coucher.`,
    quietBackwards: (period) => `La période calme ${period} doit commencer avant de finir.`,
    quietNoRoom: (need, from, to) =>
      `Les heures calmes laissent trop peu de temps pour les rappels d’eau : gardez au moins ${need} de libre entre ${from} et ${to}.`,
    dayNoRoom: (need, from, to) =>
      `L’heure du réveil et l’heure du coucher laissent trop peu de temps pour les rappels d’eau : il faut ${need} entre ${from} et ${to}.`,
    duration: (h, m) => (h && m ? `${hours(h)} ${minutes(m)}` : h ? hours(h) : minutes(m)),
  },
};
