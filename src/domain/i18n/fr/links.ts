import type { LinksMessages } from '../en/links';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');

export const links: LinksMessages = {
  plan: {
    empty: 'Ce lien ne contient aucun plan.',
    tooLong: 'Ce lien est trop long pour être un plan Aftercare.',
    notOurs: 'Ce lien ne contient pas de plan Aftercare.',
    newer: 'Ce plan a été créé avec une version plus récente d’Aftercare. Mettez l’application à jour pour l’ouvrir.',
    damaged: 'Le lien du plan est endommagé ou incomplet. Demandez qu’on vous le renvoie.',
    tooLarge: 'Ce plan est trop volumineux pour être ouvert.',
  },
  report: {
    empty: 'Ce lien ne contient aucun bilan de progression.',
    tooLong: 'Ce lien est trop long pour être un bilan de progression Aftercare.',
    notOurs: 'Ce lien ne contient pas de bilan de progression Aftercare.',
    newer: 'Ce bilan de progression a été créé avec une version plus récente d’Aftercare. Mettez l’application à jour pour l’ouvrir.',
    damaged: 'Le lien du bilan de progression est endommagé ou incomplet. Demandez qu’on vous le renvoie.',
    tooLarge: 'Ce bilan de progression est trop volumineux pour être ouvert.',
  },
  tooLongToShare: 'Ce plan est trop long pour être partagé. Raccourcissez les exercices et les notes que vous avez écrits vous-même.',
  andMore: (shown, more) => `${shown} (et ${plural(more, { one: '# autre problème', other: '# autres problèmes' })})`,
};
