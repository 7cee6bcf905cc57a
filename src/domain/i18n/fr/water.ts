import type { WaterMessages } from '../en/water';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');
/** French counts 0 and 1,5 in the singular: "0 verre", "1,5 verre", "2 verres". */
const glasses = (n: number) => plural(n, { one: '# verre', other: '# verres' });
const day = (on: string | undefined) => (on ? ` ${on}` : '');
/** "de tissus profonds", "d’étirements assistés": a kind's name after "séance". */
const ofKind = (kind: string) => {
  const name = kind.charAt(0).toLocaleLowerCase('fr') + kind.slice(1);
  return /^[aeiouyàâéèêîïôûh]/i.test(name) ? `d’${name}` : `de ${name}`;
};
const goalBy = (goal: number, clock: string, on?: string) => (on ? `${glasses(goal)} d’ici ${on} à ${clock}` : `${glasses(goal)} d’ici ${clock}`);

export const water: WaterMessages = {
  beverages: {
    water: { label: 'Eau', short: 'Eau' },
    'sparkling-water': { label: 'Eau gazeuse (nature)', short: 'Eau gazeuse' },
    'iced-tea': { label: 'Thé glacé infusé, non sucré', short: 'Thé glacé' },
    tea: { label: 'Thé chaud non sucré', short: 'Thé' },
    'herbal-tea': { label: 'Tisane (non sucrée)', short: 'Tisane' },
    soda: { label: 'Soda ou boisson gazeuse sucrée', short: 'Soda' },
    juice: { label: 'Jus de fruits', short: 'Jus' },
    'sweet-tea': { label: 'Thé sucré', short: 'Thé sucré' },
    'sports-drink': { label: 'Boisson pour le sport', short: 'Boisson sport' },
    alcohol: { label: 'Alcool (bière, vin, spiritueux)', short: 'Alcool' },
    coffee: { label: 'Café (y compris expresso et déca)', short: 'Café' },
  },
  notCounting: {
    sugary: 'Enregistré. Les boissons sucrées ne comptent pas pour l’objectif d’eau du jour.',
    alcohol: 'Enregistré. L’alcool ne compte pas pour l’objectif d’eau du jour.',
    coffee: 'Enregistré. Le café ne compte pas pour l’objectif d’eau du jour.',
  },
  sizes: {
    glass: 'Verre', espresso: 'Expresso', wine: 'Verre de vin', cup: 'Tasse', mug: 'Mug', can: 'Canette', bottle: 'Bouteille', pint: 'Pinte', 'large-bottle': 'Grande bouteille',
  },
  units: { ml: 'ml', floz: 'fl oz', glass: 'verres' },
  volumeMl: (amount) => `${amount} ml`,
  volumeFlOz: (amount) => `${amount} fl oz`,
  glasses,
  countOfGoal: (counted, goal, on) => `${counted} sur ${glasses(goal)}${day(on)}`,
  ofGoal: (goal, on) => `sur ${glasses(goal)}${day(on)}`,
  goalBy,
  countOfGoalBy: (counted, goal, clock, on) => `${counted} sur ${goalBy(goal, clock, on)}`,
  dayResult: (counted, goal, met, everyday) => {
    const figures = `${counted} sur ${glasses(goal)}${everyday ? ', votre quantité quotidienne' : ''}`;
    return met ? `objectif atteint (${figures})` : figures;
  },
  planOwner: { therapist: 'le plan de soins de votre thérapeute', own: 'votre propre plan, établi à partir de vos réponses' },
  reasons: {
    usualBelow: (threshold, min, max) =>
      `Vous buvez d’habitude moins de ${glasses(threshold)} par jour : il est donc conseillé d’en boire au moins ${min === max ? glasses(min) : `${min} à ${max} verres`}, répartis sur le reste de la journée.`,
    usualMeets: (threshold, min, max) =>
      `Vous buvez déjà environ ${glasses(threshold)} par jour ou plus : ${min === max ? plural(min, { one: '# verre de plus suffit', other: '# verres de plus suffisent' }) : `${min} à ${max} verres de plus suffisent`}.`,
    deepWork: (goal) => `Un travail plus profond (tissus profonds, points gâchettes, myofascial, ou pression ferme à profonde) oriente vers le haut de la fourchette : votre objectif est de ${glasses(goal)}.`,
    lighterWork: (goal) => `Un travail plus léger oriente vers le bas de la fourchette : votre objectif est de ${glasses(goal)}.`,
    physicianApproval: 'Ce type de séance demande que votre médecin approuve le plan.',
  },
  summary: {
    today: 'Votre plan pour aujourd’hui',
    yesterday: 'Le plan d’hier, qui se termine ce matin',
    forDay: (on) => `Votre plan pour ${on}`,
    after: (kind, owner) => `Après votre séance ${ofKind(kind)} — ${owner}.`,
    goalReached: 'Objectif atteint, bravo. Continuez à boire quand vous avez soif.',
    noRoom: 'Il n’y a pas de place pour des rappels entre votre heure de réveil et votre heure de coucher.',
    roomFor: (reminders) => plural(reminders, { one: 'Entre votre réveil et votre coucher, il y a de la place pour # rappel, pas un par verre.', other: 'Entre votre réveil et votre coucher, il y a de la place pour # rappels, pas un par verre.' }),
    nextReminder: (when) => `Prochain rappel : ${when}`,
    firstReminder: (when) => `Premier rappel : ${when}`,
    noMoreToday: 'Plus de rappels aujourd’hui.',
    noMoreFromPlan: 'Plus de rappels pour ce plan.',
    askPhysician: 'Demandez à votre médecin :',
    askPhysicianBody: (kind) => `après une séance ${ofKind(kind)}, vérifiez ce plan avec votre médecin avant de le suivre.`,
    why: 'Pourquoi cette quantité ?',
  },
  today: {
    loading: 'Chargement de votre plan…',
    noPlan: 'Pas encore de plan',
    noPlanIntro: 'Parlez-nous de votre massage : nous transformerons les conseils de votre thérapeute en un plan pour le reste de la journée.',
    start: 'Commencer après mon massage',
    ownLogSoFar: (counted, goal) => `Noté aujourd’hui jusqu’ici : ${counted} sur ${glasses(goal)}. Le plan de demain commence à votre heure du réveil.`,
    everydayTitle: 'Votre eau du jour',
    everydayIntro: 'Pas de séance aujourd’hui : votre quantité quotidienne, définie dans Réglages, sans rappels sauf si vous les demandez dans Rappels.',
    everydayIntroAsked: 'Pas de séance aujourd’hui : votre quantité quotidienne, définie dans Réglages, avec les rappels demandés pour aujourd’hui.',
    goalToday: (goal) => `${glasses(goal)} aujourd’hui`,
    yesterday: (result) => `Hier : ${result}.`,
    earlier: (counted, goal) => `Plus tôt aujourd’hui, avant votre dernière séance : ${counted} sur ${glasses(goal)}.`,
    earlierStay: 'Ces verres restent dans ce plan-là ; celui-ci compte à partir de votre dernière séance.',
  },
  logger: {
    plusOne: '+1 verre d’eau',
    title: 'Noter une boisson',
    counts: 'Comptent pour votre objectif',
    notCounting: 'Ne comptent pas aujourd’hui',
    failed: 'Cette boisson n’a pas été enregistrée. Veuillez réessayer.',
    howMuch: (drink) => `${drink} : quelle quantité ?`,
    notCountingHint: 'Ne compte pas pour l’objectif d’eau du jour ; notez-la quand même pour garder un suivi fidèle.',
    otherAmount: 'Autre quantité',
    logDrink: 'Noter la boisson',
  },
  amount: { label: 'Quantité', unit: 'Unité', outOfRange: 'Indiquez une quantité entre 10 ml et 2 litres.' },
  cancel: 'Annuler',
  list: {
    title: 'Boissons du jour',
    empty: (button) => `Rien de noté pour l’instant. Touchez «\u00a0${button}\u00a0» après chaque verre, ou choisissez une autre boisson ci-dessus.`,
    counts: 'compte',
    doesntCount: 'ne compte pas',
    notSavedYet: 'pas encore enregistrée',
    edit: 'Modifier',
    delete: 'Supprimer',
    editLabel: (drink, time) => `Modifier ${drink} de ${time}`,
    deleteLabel: (drink, time) => `Supprimer ${drink} de ${time}`,
    notSaved: 'Non enregistré. Veuillez réessayer.',
  },
  editor: {
    drink: 'Boisson',
    time: 'Heure',
    timeInvalid: 'Indiquez une heure comme 14:30.',
    timeFuture: 'Cette heure n’est pas encore arrivée aujourd’hui.',
    save: 'Enregistrer',
  },
  guide: {
    title: 'Quoi boire',
    counts: 'Comptent pour votre objectif',
    notCounting: 'Ne comptent pas aujourd’hui',
    notCountingNote: 'Rien de sucré, pas d’alcool, pas de café. Vous pouvez quand même les noter.',
    whyTitle: 'Pourquoi l’eau compte aujourd’hui',
    why: 'Les thérapeutes associent le fait de ne pas boire d’eau après un massage — surtout après un travail en profondeur — à de la fatigue, des courbatures et des crampes plus tard dans la journée. Si vous ne vous sentez pas bien, contactez votre thérapeute ou votre médecin.',
  },
  stepper: {
    question: 'Combien de verres d’eau buvez-vous d’habitude par jour ?',
    glassIs: (size) => `Un verre correspond à ${size}. Une estimation suffit.`,
    fewer: 'Un verre de moins',
    more: 'Un verre de plus',
    label: 'Verres d’eau par jour, en temps normal',
  },
  celebration: {
    title: 'Objectif atteint !',
    body: (goal) => `${goal} sur ${glasses(goal)}, bravo.`,
    close: 'Fermer',
  },
  home: {
    todaysPlan: 'Plan du jour :',
    yesterdaysPlan: 'Plan d’hier :',
    tomorrowsPlan: 'Votre plan pour demain :',
    today: 'Aujourd’hui :',
    everyday: (counted, goal) => `${counted} sur ${glasses(goal)}, votre quantité quotidienne.`,
    openPlan: 'Ouvrir le plan du jour',
    openToday: 'Ouvrir Aujourd’hui',
  },
  undo: {
    logged: (drink, amount) => `Noté : ${drink}, ${amount}.`,
    deleted: (drink, amount) => `Supprimé : ${drink}, ${amount}.`,
    undo: 'Annuler',
    dismiss: 'Fermer',
  },
  reminderBody: (glass, goal) => `Verre ${glass} sur ${goal} de votre plan d’hydratation.`,
  everydayReminderBody: (glass, goal) => `Verre ${glass} sur ${goal} aujourd’hui, votre quantité quotidienne.`,
};
