import type { SessionMessages } from '../en/session';

export const session: SessionMessages = {
  // Names that read well after "séance de" (Aujourd’hui : "Après votre séance de tissus profonds").
  kinds: {
    relaxation: { label: 'Relaxation / suédois / spa', description: 'De longs mouvements fluides pour se détendre et soulager le stress.' },
    therapeutic: { label: 'Massage thérapeutique', description: 'Un travail ciblé vers un objectif, comme soulager une douleur ou bouger plus librement.' },
    'deep-tissue': { label: 'Tissus profonds', description: 'Des mouvements lents et appuyés qui atteignent les couches profondes du muscle.' },
    'trigger-point': { label: 'Points gâchettes', description: 'Une pression maintenue sur des nœuds tendus qui peuvent envoyer la douleur ailleurs.' },
    myofascial: { label: 'Relâchement myofascial', description: 'Un étirement prolongé du tissu conjonctif qui enveloppe les muscles.' },
    sports: { label: 'Massage sportif', description: 'Un travail qui prépare le corps à l’entraînement ou l’aide à récupérer ensuite.' },
    stretching: { label: 'Étirements assistés', description: 'Votre thérapeute mobilise et étire vos membres pour améliorer la souplesse.' },
    cupping: { label: 'Ventouses', description: 'Les ventouses aspirent doucement la peau et le muscle pour relâcher les tensions.' },
    scraping: { label: 'Grattage (gua sha / IASTM)', description: 'Un outil à bord lisse glisse sur la peau pour assouplir les tissus tendus.' },
    lymphatic: { label: 'Drainage lymphatique', description: 'Des mouvements très légers et rythmés qui aident le corps à faire circuler les liquides.' },
    prenatal: { label: 'Massage prénatal', description: 'Un massage axé sur le confort pendant la grossesse, dans des positions sûres.' },
    oncology: { label: 'Massage en oncologie', description: 'Un massage doux, adapté aux personnes qui vivent avec un cancer ou qui en sont sorties.' },
  },
  pressures: {
    light: { label: 'Légère', description: 'Un toucher doux, en surface.' },
    medium: { label: 'Moyenne', description: 'Une pression régulière qui détend les muscles.' },
    firm: { label: 'Ferme', description: 'Une pression forte, centrée sur les zones tendues.' },
    deep: { label: 'Profonde', description: 'La pression la plus intense, qui atteint les couches musculaires profondes.' },
  },
  physicianNote: 'Ce type de massage nécessite l’accord de votre médecin. Suivez les instructions de votre médecin en parallèle de ce plan.',
  errors: {
    kind: 'Choisissez le type de massage.',
    pressure: 'Choisissez la pression utilisée.',
    usualGlasses: (min, max) => `Indiquez combien de verres vous buvez d’habitude par jour : un nombre entier de ${min} à ${max}.`,
    endedAt: 'Indiquez quand la séance s’est terminée.',
    endInFuture: 'La séance ne peut pas se terminer dans le futur.',
    endTooOld: (days) => `La séance doit s’être terminée au cours des ${days} derniers jours.`,
  },
  intake: {
    title: 'Parlez-nous de votre séance',
    intro: 'Quatre questions rapides. Vos réponses restent sur ce téléphone.',
    kindQuestion: 'Quel type de massage avez-vous reçu ?',
    pressureQuestion: 'Quelle était la pression ?',
    endQuestion: 'Quand la séance s’est-elle terminée ?',
    saveFailed: 'Votre plan n’a pas été enregistré. Vos réponses sont toujours là ; veuillez réessayer.',
    submit: 'Créer mon plan',
  },
};
