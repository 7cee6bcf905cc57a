import type { ReportMessages } from '../en/report';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');
const p = (n: number, one: string, other: string) => plural(n, { one, other });

export const report: ReportMessages = {
  view: {
    cantOpen: 'Impossible d’ouvrir ce bilan',
    title: (client) => (client ? `Progression de ${client}` : 'Bilan de progression du client'),
    lead: (client, therapist, dates) =>
      client ? `${client}, avec le plan de soins de ${therapist} : ${dates}.` : `Avec le plan de soins de ${therapist} : ${dates}.`,
    range: (from, to) => `du ${from} au ${to}`,
    sent: (day) => `Envoyé le ${day}. Lecture seule ; chiffres tels que le client les a saisis.`,
    unverified:
      'Ce lien a été créé par une version antérieure d’Aftercare : impossible de vérifier s’il est endommagé. Si quelque chose semble faux, demandez au client de le renvoyer.',
    calm: 'Aucun bleu, engourdissement ni étourdissement signalé.',
    flaggedTitle: 'Signalé par le client',
    reported: (flags) => `Signalé : ${flags}.`,
    flaggedOn: (day, flags) => `${day} : ${flags}`,
    flags: { bruising: 'bleus', numbness: 'engourdissement ou fourmillements', lightHeaded: 'étourdissements' },
    exercises: 'Exercices à la maison',
    ofSets: (percent) => `${percent} des séries`,
    noneDue: 'Aucun prévu',
    waterGoal: 'Objectif d’eau',
    daysMet: (met, days) => `${met} sur ${p(days, '# jour', '# jours')}`,
    nothingLogged: 'Rien de noté',
    checkIns: 'Points de suivi',
    answered: (n) => p(n, '# répondu', '# répondus'),
    water: 'Eau',
    waterMet: (met, days) => `Objectif atteint ${met} sur ${p(days, '# jour', '# jours')}.`,
    weekOneStarts: (date) => `La semaine 1 commence le jour de la séance, ${date}.`,
    perWeek: 'Séries faites par semaine',
    week: 'Semaine',
    setsDone: 'Séries faites',
    share: 'Part',
    weekNumber: (n) => `Semaine ${n}`,
    doneOf: (done, expected) => `${done} sur ${expected}`,
    eachExercise: 'Chaque exercice',
    exerciseFigure: (done, expected, percent) => `${done} sur ${p(expected, '# série', '# séries')} · ${percent}`,
  },
  text: {
    heading: (therapist) => `Progression de mon plan de soins de ${therapist}`,
    fromClient: (client) => `De ${client}.`,
    span: (from, to) => `De la séance du ${from} jusqu’au ${to}.`,
    sets: (done, expected, percent) => `${done} sur ${p(expected, '# série', '# séries')} (${percent})`,
    noExercisesDue: 'Exercices à la maison : aucun n’était prévu.',
    exercisesDone: (sets) => `Exercices à la maison : ${sets} faites.`,
    week: (week, from, sets) => `- Semaine ${week} (à partir du ${from}) : ${sets}`,
    noCheckIns: 'Points de suivi : aucune réponse pour l’instant.',
    checkInsHeading: 'Points de suivi (notes de 0 à 10 ; pour le sommeil, 10 est le mieux) :',
    checkIn: (date, when, scores, noticed) => `- ${date}, ${when} : ${scores || 'aucune note'}${noticed ? ` ; remarqué : ${noticed}` : ''}`,
    weekly: (week) => `semaine ${week}`,
    kinds: {
      baseline: 'à l’enregistrement du plan',
      'after-24h': 'environ 24 heures après la séance',
      'after-48h': 'environ 48 heures après la séance',
      weekly: 'hebdomadaire',
    },
    score: (name, value) => `${name} ${value}`,
    scores: { soreness: 'courbatures', pain: 'douleur', stiffness: 'raideur', sleep: 'sommeil' },
    flags: { bruising: 'bleus', numbness: 'engourdissement', lightHeaded: 'étourdissements' },
    noWater: 'Eau : rien de noté.',
    water: (met, days) => `Eau : objectif atteint ${met} sur ${p(days, '# jour', '# jours')}.`,
  },
  // Labels: the checks' sentences put them before a colon.
  fields: {
    exerciseName: 'Nom d’un exercice',
    therapistName: 'Nom du thérapeute',
    date: 'Date du bilan',
    clientName: 'Nom du client',
  },
  problems: {
    notReport: 'Ceci n’est pas un bilan de progression Aftercare.',
    weeks: 'Les chiffres hebdomadaires des exercices ne sont pas valides.',
    checkIns: 'Les réponses aux points de suivi ne sont pas valides.',
    water: 'Les chiffres d’eau ne sont pas valides.',
    dates: 'Les dates du bilan ne sont pas valides.',
    exercises: 'Les chiffres des exercices ne sont pas valides.',
    timeZone: 'Le fuseau horaire du bilan manque ou n’est pas connu de cet appareil.',
  },
};
